using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using Callhome.AgentCore.Crypto;
using Callhome.Crypto.BouncyCastle;
using Xunit;

namespace Callhome.Crypto.Tests
{
    /// <summary>
    /// Derives the constants behind <see cref="Ed25519Policy"/> (L, p, the small-order points) from the curve
    /// equation with big integers, independently of the hex in the policy, and checks the policy's answers
    /// at and around each of them.
    /// </summary>
    public class Ed25519PolicyConstantsTests
    {
        private static readonly BigInteger P = BigInteger.Pow(2, 255) - 19;
        private static readonly BigInteger L = BigInteger.Pow(2, 252)
            + BigInteger.Parse("27742317777372353535851937790883648493", CultureInfo.InvariantCulture);
        private static readonly BigInteger D = Mod(-121665 * Inverse(121666));
        private static readonly BigInteger SqrtMinusOne = BigInteger.ModPow(2, (P - 1) / 4, P);

        [Fact]
        public void ScalarsAreCanonicalExactlyBelowL()
        {
            Assert.True(Ed25519Policy.IsCanonicalScalar(Le(0), 0));
            Assert.True(Ed25519Policy.IsCanonicalScalar(Le(L - 1), 0));
            Assert.False(Ed25519Policy.IsCanonicalScalar(Le(L), 0));
            Assert.False(Ed25519Policy.IsCanonicalScalar(Le(L + 1), 0));
            Assert.True(Ed25519Policy.IsCanonicalScalar(Le(L - BigInteger.Pow(2, 200)), 0));
            Assert.False(Ed25519Policy.IsCanonicalScalar(Le(L + BigInteger.Pow(2, 130)), 0));
            Assert.False(Ed25519Policy.IsCanonicalScalar(Le(BigInteger.Pow(2, 256) - 1), 0));
        }

        [Fact]
        public void PointEncodingsAreCanonicalExactlyBelowP()
        {
            foreach (BigInteger y in new[] { BigInteger.Zero, 2, P - 2, P - 1, BigInteger.Pow(2, 254) })
            {
                Assert.True(Ed25519Policy.IsCanonicalPoint(Le(y), 0), "y = " + y);
            }

            for (BigInteger y = P; y < BigInteger.Pow(2, 255); y++)
            {
                Assert.False(Ed25519Policy.IsCanonicalPoint(Le(y), 0), "y = p + " + (y - P));
                Assert.False(Ed25519Policy.IsCanonicalPoint(Le(y | BigInteger.Pow(2, 255)), 0), "y = p + " + (y - P) + " with sign");
            }
        }

        [Fact]
        public void TheSignBitIsNonCanonicalExactlyWhereXIsZero()
        {
            BigInteger sign = BigInteger.Pow(2, 255);
            Assert.False(Ed25519Policy.IsCanonicalPoint(Le(1 | sign), 0));
            Assert.False(Ed25519Policy.IsCanonicalPoint(Le((P - 1) | sign), 0));
            Assert.Equal(BigInteger.Zero, RecoverX(1));
            Assert.Equal(BigInteger.Zero, RecoverX(P - 1));
            Assert.True(Ed25519Policy.IsCanonicalPoint(Le(BaseY() | sign), 0));
        }

        [Fact]
        public void TheTorsionIsExactlyThePolicysSmallOrderList()
        {
            // Order 8: doubling lands on the order-4 points (y = 0), i.e. x^2 = -y^2, so d*y^4 + 2*y^2 - 1 = 0.
            var torsionY = new List<BigInteger> { 1, P - 1, 0 };
            BigInteger root = Sqrt(Mod(1 + D)) ?? throw new Xunit.Sdk.XunitException("1 + d has no root");
            foreach (BigInteger y2 in new[] { Mod((-1 + root) * Inverse(D)), Mod((-1 - root) * Inverse(D)) })
            {
                if (Sqrt(y2) is BigInteger y)
                {
                    torsionY.Add(y);
                    torsionY.Add(P - y);
                }
            }

            Assert.Equal(5, torsionY.Count);
            var points = torsionY.SelectMany(y => new[] { (RecoverX(y), y), (Mod(-RecoverX(y)), y) }).Distinct().ToList();
            Assert.Equal(8, points.Count);
            foreach (var point in points)
            {
                var eight = Double(Double(Double(point)));
                Assert.Equal((BigInteger.Zero, BigInteger.One), eight);
            }

            Assert.Contains(
                BigInteger.Parse("7a03ac9277fdc74ec6cc392cfa53202a0f67100d760b3cba4fd84d3d706a17c7", NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                torsionY);

            var flagged = torsionY.Concat(new[] { P, P + 1 }).ToList();
            BigInteger sign = BigInteger.Pow(2, 255);
            foreach (BigInteger y in flagged)
            {
                Assert.True(Ed25519Policy.IsSmallOrderPoint(Le(y), 0), "y = " + y);
                Assert.True(Ed25519Policy.IsSmallOrderPoint(Le(y | sign), 0), "y = " + y + " with sign");
                if (!flagged.Contains(y + 2))
                {
                    Assert.False(Ed25519Policy.IsSmallOrderPoint(Le(y + 2), 0), "y + 2 = " + (y + 2));
                }
            }

            Assert.False(Ed25519Policy.IsSmallOrderPoint(Le(BaseY()), 0));
            Assert.False(Ed25519Policy.IsSmallOrderPoint(Le(P + 2), 0));
        }

        [Fact]
        public void TheBackendsCurveConstantIsD()
        {
            Assert.Equal(Hex.Encode(Le(D)), Hex.Encode(Ed25519Cofactorless.EncodedD()));
        }

        private static BigInteger BaseY() => Mod(4 * Inverse(5));

        private static BigInteger Mod(BigInteger x) => ((x % P) + P) % P;

        private static BigInteger Inverse(BigInteger x) => BigInteger.ModPow(Mod(x), P - 2, P);

        /// <summary>A square root mod p (p = 5 mod 8), or null.</summary>
        private static BigInteger? Sqrt(BigInteger a)
        {
            BigInteger r = BigInteger.ModPow(a, (P + 3) / 8, P);
            if (Mod(r * r) == Mod(a))
            {
                return r;
            }

            r = Mod(r * SqrtMinusOne);
            return Mod(r * r) == Mod(a) ? r : null;
        }

        private static BigInteger RecoverX(BigInteger y)
        {
            BigInteger x2 = Mod((y * y - 1) * Inverse(D * y * y + 1));
            return Sqrt(x2) ?? throw new Xunit.Sdk.XunitException("not on the curve: y = " + y);
        }

        private static (BigInteger X, BigInteger Y) Double((BigInteger X, BigInteger Y) p)
        {
            BigInteger t = Mod(D * p.X * p.X * p.Y * p.Y);
            return (Mod(2 * p.X * p.Y * Inverse(1 + t)), Mod((p.Y * p.Y + p.X * p.X) * Inverse(1 - t)));
        }

        private static byte[] Le(BigInteger value)
        {
            byte[] bytes = new byte[32];
            value.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false);
            return bytes;
        }
    }
}
