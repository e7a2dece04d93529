using System;
using Callhome.AgentCore.Crypto;
using Callhome.Hal;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Math.EC.Rfc8032;
using Org.BouncyCastle.Security;
using BcX25519 = Org.BouncyCastle.Math.EC.Rfc7748.X25519;

namespace Callhome.Crypto.BouncyCastle
{
    /// <summary>
    /// The Linux/NativeAOT backend: BouncyCastle's low-level engines (no JCE-style factories), randomness only
    /// from the HAL entropy source through <see cref="HalSecureRandom"/>. Nothing here may reach
    /// System.Security.Cryptography or BouncyCastle's default SecureRandom: the boards have libc but no
    /// OpenSSL (docs/crypto.md; tests/Crypto.Tests checks it in a child process).
    /// </summary>
    public sealed class BouncyCastleSuite : ICryptoSuite
    {
        private const int ScalarLength = 32;
        private const int SeedLength = 32;

        private readonly SecureRandom random;

        public BouncyCastleSuite(IEntropySource entropy)
        {
            ArgumentNullException.ThrowIfNull(entropy);
            random = new HalSecureRandom(entropy);
        }

        public string Name => "BouncyCastle";

        public IHashFunction CreateSha256() => new BcHash(new Sha256Digest());

        public IHashFunction CreateSha512() => new BcHash(new Sha512Digest());

        public IMac CreateHmacSha256(byte[] key, int offset, int count)
        {
            Arguments.CheckRange(key, offset, count, nameof(key));
            return new BcHmac(new Sha256Digest(), key, offset, count);
        }

        public IMac CreateHmacSha512(byte[] key, int offset, int count)
        {
            Arguments.CheckRange(key, offset, count, nameof(key));
            return new BcHmac(new Sha512Digest(), key, offset, count);
        }

        public IStreamCipher CreateAesCtr(byte[] key, int keyOffset, int keyLength, byte[] counter, int counterOffset)
        {
            Arguments.CheckKeyLength(keyLength, 16, 32, nameof(keyLength));
            Arguments.CheckRange(key, keyOffset, keyLength, nameof(key));
            Arguments.CheckRange(counter, counterOffset, 16, nameof(counter));
            return new BcAesCtr(key, keyOffset, keyLength, counter, counterOffset);
        }

        public IChaCha20 CreateChaCha20(byte[] key, int offset)
        {
            Arguments.CheckRange(key, offset, 32, nameof(key));
            return new BcChaCha20(key, offset);
        }

        public IPoly1305 CreatePoly1305() => new BcPoly1305();

        public bool X25519(byte[] scalar, int scalarOffset, byte[] u, int uOffset, byte[] output, int outputOffset)
        {
            Arguments.CheckRange(scalar, scalarOffset, ScalarLength, nameof(scalar));
            Arguments.CheckRange(u, uOffset, BcX25519.PointSize, nameof(u));
            Arguments.CheckRange(output, outputOffset, BcX25519.PointSize, nameof(output));
            if (BcX25519.CalculateAgreement(scalar, scalarOffset, u, uOffset, output, outputOffset))
            {
                return true;
            }

            Array.Clear(output, outputOffset, BcX25519.PointSize);
            return false;
        }

        public void X25519GenerateKeyPair(byte[] privateKey, int privateOffset, byte[] publicKey, int publicOffset)
        {
            Arguments.CheckRange(privateKey, privateOffset, ScalarLength, nameof(privateKey));
            Arguments.CheckRange(publicKey, publicOffset, BcX25519.PointSize, nameof(publicKey));
            byte[] scalar = new byte[ScalarLength];
            try
            {
                // 32 bytes from the HAL, clamped (RFC 7748 §5), stored clamped.
                BcX25519.GeneratePrivateKey(random, scalar);
                BcX25519.GeneratePublicKey(scalar, 0, publicKey, publicOffset);
                Array.Copy(scalar, 0, privateKey, privateOffset, ScalarLength);
            }
            finally
            {
                Array.Clear(scalar);
            }
        }

        public void Ed25519GenerateKeyPair(byte[] seed, int seedOffset, byte[] publicKey, int publicOffset)
        {
            Arguments.CheckRange(seed, seedOffset, SeedLength, nameof(seed));
            Arguments.CheckRange(publicKey, publicOffset, Ed25519.PublicKeySize, nameof(publicKey));
            byte[] fresh = new byte[SeedLength];
            try
            {
                Ed25519.GeneratePrivateKey(random, fresh);
                Ed25519.GeneratePublicKey(fresh, 0, publicKey, publicOffset);
                Array.Copy(fresh, 0, seed, seedOffset, SeedLength);
            }
            finally
            {
                Array.Clear(fresh);
            }
        }

        public void Ed25519PublicKey(byte[] seed, int seedOffset, byte[] publicKey, int publicOffset)
        {
            Arguments.CheckRange(seed, seedOffset, SeedLength, nameof(seed));
            Arguments.CheckRange(publicKey, publicOffset, Ed25519.PublicKeySize, nameof(publicKey));
            Ed25519.GeneratePublicKey(seed, seedOffset, publicKey, publicOffset);
        }

        public void Ed25519Sign(byte[] seed, int seedOffset, byte[] message, int messageOffset, int messageLength,
            byte[] signature, int signatureOffset)
        {
            Arguments.CheckRange(seed, seedOffset, SeedLength, nameof(seed));
            Arguments.CheckRange(message, messageOffset, messageLength, nameof(message));
            Arguments.CheckRange(signature, signatureOffset, Ed25519.SignatureSize, nameof(signature));
            Ed25519.Sign(seed, seedOffset, message, messageOffset, messageLength, signature, signatureOffset);
        }

        /// <summary>
        /// <see cref="Ed25519Policy"/>'s pre-checks, then BouncyCastle's verification (which also refuses
        /// non-canonical S, A and R, but tests the equation only up to small-order components), then the
        /// policy's cofactorless equation (<see cref="Ed25519Cofactorless"/>).
        /// </summary>
        public bool Ed25519Verify(byte[] publicKey, int publicOffset, byte[] message, int messageOffset,
            int messageLength, byte[] signature, int signatureOffset)
        {
            Arguments.CheckRange(publicKey, publicOffset, Ed25519Policy.PublicKeyLength, nameof(publicKey));
            Arguments.CheckRange(message, messageOffset, messageLength, nameof(message));
            Arguments.CheckRange(signature, signatureOffset, Ed25519Policy.SignatureLength, nameof(signature));
            if (Ed25519Policy.Check(publicKey, publicOffset, signature, signatureOffset) != Ed25519Verdict.Acceptable)
            {
                return false;
            }

            return Ed25519.Verify(signature, signatureOffset, publicKey, publicOffset, message, messageOffset, messageLength)
                && Ed25519Cofactorless.Verify(publicKey, publicOffset, message, messageOffset, messageLength,
                    signature, signatureOffset);
        }
    }
}
