using System;
using System.Numerics;
using Org.BouncyCastle.Crypto.Digests;
using Fe = Org.BouncyCastle.Math.EC.Rfc7748.X25519Field;

namespace Callhome.Crypto.BouncyCastle
{
    /// <summary>
    /// The cofactorless Ed25519 group equation of <see cref="Callhome.AgentCore.Crypto.Ed25519Policy"/>:
    /// encode([S]B - [k]A) and compare it with R's 32 bytes. BouncyCastle's own <c>Ed25519.Verify</c> accepts
    /// a signature whose R differs from the right one by a small-order point (it checks the equation only up
    /// to the torsion subgroup), so the suite runs this check after it. Arithmetic is RFC 8032 §5.1 on
    /// extended coordinates over BouncyCastle's <see cref="Fe"/> (GF(2^255 - 19)); variable-time, which is
    /// fine here: every input is public.
    /// </summary>
    internal static class Ed25519Cofactorless
    {
        private static readonly BigInteger Order =
            BigInteger.Pow(2, 252) + BigInteger.Parse("27742317777372353535851937790883648493",
                System.Globalization.CultureInfo.InvariantCulture);

        private static readonly int[] D = ComputeD();
        private static readonly int[] TwoD = Doubled(D);

        /// <summary>The base point, encoded: y = 4/5, x even.</summary>
        private static readonly byte[] BaseEncoding = Convert.FromHexString(
            "5866666666666666666666666666666666666666666666666666666666666666");

        /// <summary>Assumes the policy's pre-checks passed (canonical A and R, S &lt; L) and the lengths were
        /// checked.</summary>
        internal static bool Verify(byte[] publicKey, int publicOffset, byte[] message, int messageOffset,
            int messageLength, byte[] signature, int signatureOffset)
        {
            var scratch = new Scratch();
            Point a = new();
            Point b = new();
            if (!Decode(publicKey, publicOffset, a, scratch) || !Decode(BaseEncoding, 0, b, scratch))
            {
                return false;
            }

            var sha512 = new Sha512Digest();
            byte[] digest = new byte[64];
            sha512.BlockUpdate(signature, signatureOffset, 32);
            sha512.BlockUpdate(publicKey, publicOffset, 32);
            sha512.BlockUpdate(message, messageOffset, messageLength);
            sha512.DoFinal(digest, 0);
            BigInteger k = new BigInteger(digest, isUnsigned: true, isBigEndian: false) % Order;
            byte[] kBytes = new byte[32];
            k.TryWriteBytes(kBytes, out _, isUnsigned: true, isBigEndian: false);

            // [S]B + [k](-A), one shared doubling chain.
            Negate(a);
            Point sum = new();
            Add(b, a, sum, scratch);
            Point acc = new();
            SetNeutral(acc);
            for (int bit = 255; bit >= 0; bit--)
            {
                Add(acc, acc, acc, scratch);
                bool sBit = Bit(signature, signatureOffset + 32, bit);
                bool kBit = Bit(kBytes, 0, bit);
                if (sBit && kBit)
                {
                    Add(acc, sum, acc, scratch);
                }
                else if (sBit)
                {
                    Add(acc, b, acc, scratch);
                }
                else if (kBit)
                {
                    Add(acc, a, acc, scratch);
                }
            }

            byte[] encoded = new byte[32];
            Encode(acc, encoded, scratch);
            return signature.AsSpan(signatureOffset, 32).SequenceEqual(encoded);
        }

        private static bool Bit(byte[] scalar, int offset, int bit) => ((scalar[offset + (bit >> 3)] >> (bit & 7)) & 1) != 0;

        /// <summary>RFC 8032 §5.1.3 (the y &lt; p and sign-on-zero checks are the policy's).</summary>
        private static bool Decode(byte[] encoding, int offset, Point p, Scratch s)
        {
            int sign = encoding[offset + 31] >> 7;
            Fe.Decode255(encoding, offset, p.Y, 0);
            Fe.Sqr(p.Y, s.U);
            Fe.Mul(D, s.U, s.V);
            Fe.SubOne(s.U);
            Fe.AddOne(s.V);
            Fe.Carry(s.U);
            Fe.Carry(s.V);
            if (!Fe.SqrtRatioVar(s.U, s.V, p.X))
            {
                return false;
            }

            Fe.Normalize(p.X);
            if (Fe.IsZeroVar(p.X) && sign != 0)
            {
                return false;
            }

            if ((p.X[0] & 1) != sign)
            {
                Fe.Negate(p.X, p.X);
                Fe.Normalize(p.X);
            }

            Fe.One(p.Z);
            Fe.Mul(p.X, p.Y, p.T);
            return true;
        }

        private static void Encode(Point p, byte[] output, Scratch s)
        {
            Fe.InvVar(p.Z, s.U);
            Fe.Mul(p.X, s.U, s.V);
            Fe.Mul(p.Y, s.U, s.U);
            Fe.Normalize(s.V);
            Fe.Normalize(s.U);
            Fe.Encode(s.U, output, 0);
            output[31] |= (byte)((s.V[0] & 1) << 7);
        }

        /// <summary>RFC 8032 §5.1.4 addition for a = -1; complete, so it also doubles. r may alias p or q.</summary>
        private static void Add(Point p, Point q, Point r, Scratch s)
        {
            Fe.Sub(p.Y, p.X, s.T1);
            Fe.Sub(q.Y, q.X, s.T2);
            Fe.Carry(s.T1);
            Fe.Carry(s.T2);
            Fe.Mul(s.T1, s.T2, s.A);
            Fe.Add(p.Y, p.X, s.T1);
            Fe.Add(q.Y, q.X, s.T2);
            Fe.Carry(s.T1);
            Fe.Carry(s.T2);
            Fe.Mul(s.T1, s.T2, s.B);
            Fe.Mul(p.T, q.T, s.C);
            Fe.Mul(s.C, TwoD, s.C);
            Fe.Mul(p.Z, q.Z, s.D);
            Fe.Add(s.D, s.D, s.D);
            Fe.Carry(s.D);
            Fe.Sub(s.B, s.A, s.E);
            Fe.Sub(s.D, s.C, s.F);
            Fe.Add(s.D, s.C, s.G);
            Fe.Add(s.B, s.A, s.H);
            Fe.Carry(s.E);
            Fe.Carry(s.F);
            Fe.Carry(s.G);
            Fe.Carry(s.H);
            Fe.Mul(s.E, s.F, r.X);
            Fe.Mul(s.G, s.H, r.Y);
            Fe.Mul(s.E, s.H, r.T);
            Fe.Mul(s.F, s.G, r.Z);
        }

        private static void Negate(Point p)
        {
            Fe.Negate(p.X, p.X);
            Fe.Negate(p.T, p.T);
            Fe.Carry(p.X);
            Fe.Carry(p.T);
        }

        private static void SetNeutral(Point p)
        {
            Fe.Zero(p.X);
            Fe.One(p.Y);
            Fe.One(p.Z);
            Fe.Zero(p.T);
        }

        /// <summary>d = -121665 / 121666.</summary>
        private static int[] ComputeD()
        {
            int[] d = Fe.Create();
            d[0] = 121666;
            Fe.InvVar(d, d);
            Fe.Mul(d, 121665, d);
            Fe.Negate(d, d);
            Fe.Normalize(d);
            return d;
        }

        private static int[] Doubled(int[] x)
        {
            int[] z = Fe.Create();
            Fe.Add(x, x, z);
            Fe.Normalize(z);
            return z;
        }

        /// <summary>The d constant's canonical encoding, for the tests.</summary>
        internal static byte[] EncodedD()
        {
            byte[] output = new byte[32];
            Fe.Encode(D, output, 0);
            return output;
        }

        private sealed class Point
        {
            internal readonly int[] X = Fe.Create();
            internal readonly int[] Y = Fe.Create();
            internal readonly int[] Z = Fe.Create();
            internal readonly int[] T = Fe.Create();
        }

        private sealed class Scratch
        {
            internal readonly int[] A = Fe.Create();
            internal readonly int[] B = Fe.Create();
            internal readonly int[] C = Fe.Create();
            internal readonly int[] D = Fe.Create();
            internal readonly int[] E = Fe.Create();
            internal readonly int[] F = Fe.Create();
            internal readonly int[] G = Fe.Create();
            internal readonly int[] H = Fe.Create();
            internal readonly int[] T1 = Fe.Create();
            internal readonly int[] T2 = Fe.Create();
            internal readonly int[] U = Fe.Create();
            internal readonly int[] V = Fe.Create();
        }
    }
}
