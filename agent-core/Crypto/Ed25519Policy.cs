namespace Callhome.AgentCore.Crypto
{
    /// <summary>Why <see cref="Ed25519Policy.Check"/> refused a signature before any curve arithmetic.</summary>
    public enum Ed25519Verdict
    {
        /// <summary>Passed the pre-checks; the group equation decides.</summary>
        Acceptable = 0,

        /// <summary>The public key's encoding has y &gt;= p, or x = 0 with the sign bit set.</summary>
        NonCanonicalA = 1,

        /// <summary>The public key is one of the eight points of order dividing 8, in any encoding.</summary>
        SmallOrderA = 2,

        /// <summary>R's encoding has y &gt;= p, or x = 0 with the sign bit set.</summary>
        NonCanonicalR = 3,

        /// <summary>S &gt;= L.</summary>
        NonCanonicalS = 4,
    }

    /// <summary>
    /// The Ed25519 verification policy every <see cref="ICryptoSuite"/> backend follows (docs/crypto.md), so
    /// that a signature is accepted or refused the same way on every board:
    /// <list type="number">
    /// <item>A signature is 64 bytes (R || S), a public key 32 bytes (A).</item>
    /// <item>S must be canonical: S &lt; L, the order of the base point (else S + L would be a second valid
    /// signature: malleability).</item>
    /// <item>A and R must be canonical encodings: the 255-bit y is below p = 2^255 - 19, and the sign bit is
    /// clear when x = 0 (which happens only for y = 1 and y = p - 1). RFC 8032 §5.1.3 requires decoding to
    /// fail for both; some implementations reduce y mod p instead.</item>
    /// <item>A must not be of small order: the eight torsion points (y in {0, 1, p - 1, ±y8}, with or without
    /// the sign bit, and the non-canonical y = p and y = p + 1) are refused, since any such key "verifies"
    /// signatures nobody made. R may be of small order: the equation below then simply has to hold.</item>
    /// <item>The group equation is the cofactorless one, [S]B = R + [k]A with k = SHA-512(R || A || M)
    /// reduced mod L, checked by encoding [S]B - [k]A and comparing it with the 32 bytes of R (RFC 8032
    /// §5.1.7 allows this instead of the cofactored [8][S]B = [8]R + [8][k]A). It matches the reference
    /// implementation and Go's crypto/ed25519; it refuses signatures whose R carries a torsion component
    /// that the cofactored check would let through.</item>
    /// </list>
    /// The checks here are the byte-level ones (rules 2-4); the backend does rule 5. They look at public
    /// data only, so they need not be constant-time.
    /// </summary>
    public static class Ed25519Policy
    {
        public const int PublicKeyLength = 32;

        public const int SignatureLength = 64;

        private const int PointLength = 32;

        /// <summary>L = 2^252 + 27742317777372353535851937790883648493, little-endian.</summary>
        private static readonly byte[] Order = Hex.Decode(
            "edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010");

        /// <summary>
        /// The y-coordinates (255 bits, little-endian, sign bit clear) of the points of order 1, 2, 4 and 8,
        /// then the two non-canonical encodings among them: 1 (identity), p - 1 (order 2), 0 (order 4),
        /// y8 and p - y8 (order 8, where d*y^4 + 2*y^2 - 1 = 0), p (= 0 mod p) and p + 1 (= 1 mod p).
        /// Checked against a computation in tests/Crypto.Tests (Ed25519PolicyConstantsTests).
        /// </summary>
        private static readonly byte[] SmallOrderY = Hex.Decode(
            "0100000000000000000000000000000000000000000000000000000000000000"
            + "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"
            + "0000000000000000000000000000000000000000000000000000000000000000"
            + "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"
            + "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"
            + "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"
            + "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");

        /// <summary>Applies rules 1-4 to a public key and a signature (R || S); the backend then checks the
        /// cofactorless equation only for <see cref="Ed25519Verdict.Acceptable"/>.</summary>
        public static Ed25519Verdict Check(byte[] publicKey, int publicOffset, byte[] signature, int signatureOffset)
        {
            Arguments.CheckRange(publicKey, publicOffset, PublicKeyLength, "publicKey");
            Arguments.CheckRange(signature, signatureOffset, SignatureLength, "signature");
            if (!IsCanonicalPoint(publicKey, publicOffset))
            {
                return Ed25519Verdict.NonCanonicalA;
            }

            if (IsSmallOrderPoint(publicKey, publicOffset))
            {
                return Ed25519Verdict.SmallOrderA;
            }

            if (!IsCanonicalPoint(signature, signatureOffset))
            {
                return Ed25519Verdict.NonCanonicalR;
            }

            if (!IsCanonicalScalar(signature, signatureOffset + PointLength))
            {
                return Ed25519Verdict.NonCanonicalS;
            }

            return Ed25519Verdict.Acceptable;
        }

        /// <summary>True when the 32 little-endian bytes are below L.</summary>
        public static bool IsCanonicalScalar(byte[] scalar, int offset)
        {
            Arguments.CheckRange(scalar, offset, 32, "scalar");
            for (int i = 31; i >= 0; i--)
            {
                int s = scalar[offset + i];
                int l = Order[i];
                if (s != l)
                {
                    return s < l;
                }
            }

            return false;
        }

        /// <summary>True when the encoding's y is below p and it has no sign bit on x = 0.</summary>
        public static bool IsCanonicalPoint(byte[] point, int offset)
        {
            Arguments.CheckRange(point, offset, PointLength, "point");

            // y >= p = 2^255 - 19 exactly when y is one of 2^255 - 19 .. 2^255 - 1: bytes 1-30 all 0xff,
            // byte 31 0x7f (ignoring the sign bit) and byte 0 at least 0xed.
            bool highOnes = (point[offset + 31] & 0x7f) == 0x7f;
            for (int i = 1; i < 31 && highOnes; i++)
            {
                highOnes = point[offset + i] == 0xff;
            }

            if (highOnes && point[offset] >= 0xed)
            {
                return false;
            }

            // x = 0 only at y = 1 and y = p - 1 (the first two rows of the table); there the sign bit must be 0.
            if ((point[offset + 31] & 0x80) != 0 && (MatchesY(point, offset, 0) || MatchesY(point, offset, 1)))
            {
                return false;
            }

            return true;
        }

        /// <summary>True when the encoding names one of the eight torsion points, whatever its sign bit and
        /// whether or not y is reduced.</summary>
        public static bool IsSmallOrderPoint(byte[] point, int offset)
        {
            Arguments.CheckRange(point, offset, PointLength, "point");
            int rows = SmallOrderY.Length / PointLength;
            for (int row = 0; row < rows; row++)
            {
                if (MatchesY(point, offset, row))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool MatchesY(byte[] point, int offset, int row)
        {
            int start = row * PointLength;
            for (int i = 0; i < 31; i++)
            {
                if (point[offset + i] != SmallOrderY[start + i])
                {
                    return false;
                }
            }

            return (point[offset + 31] & 0x7f) == SmallOrderY[start + 31];
        }
    }
}
