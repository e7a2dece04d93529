namespace Callhome.AgentCore.Crypto
{
    /// <summary>
    /// Every primitive the SSH layer needs, behind one seam so a board can pick its backend: BouncyCastle on
    /// Linux/NativeAOT, a lean portable one on nanoFramework. Randomness comes only from the HAL entropy
    /// source the backend was built with. Every method checks its lengths and offsets first and throws
    /// ArgumentException naming the parameter; none keeps a reference to caller buffers.
    /// </summary>
    public interface ICryptoSuite
    {
        string Name { get; }

        /// <summary>FIPS 180-4.</summary>
        IHashFunction CreateSha256();

        IHashFunction CreateSha512();

        /// <summary>RFC 2104 / RFC 4231; keys of any length.</summary>
        IMac CreateHmacSha256(byte[] key, int offset, int count);

        IMac CreateHmacSha512(byte[] key, int offset, int count);

        /// <summary>AES in CTR mode (NIST SP 800-38A, RFC 4344 for SSH): 16- or 32-byte key, 16-byte counter
        /// block incremented as one 128-bit big-endian integer; the key stream continues across calls.</summary>
        IStreamCipher CreateAesCtr(byte[] key, int keyOffset, int keyLength, byte[] counter, int counterOffset);

        /// <summary>ChaCha20 in its original form (64-bit nonce, 64-bit block counter) as
        /// chacha20-poly1305@openssh.com uses it; not the RFC 8439 96-bit-nonce AEAD.</summary>
        IChaCha20 CreateChaCha20(byte[] key, int offset);

        /// <summary>One-time authenticator (RFC 8439 §2.5); a new 32-byte key for every message.</summary>
        IPoly1305 CreatePoly1305();

        /// <summary>RFC 7748 X25519(k, u). Returns false, with output zeroed, when the result is all zero
        /// (a small-order peer point; RFC 7748 §6.1 and RFC 8731 §3 require aborting).</summary>
        bool X25519(byte[] scalar, int scalarOffset, byte[] u, int uOffset, byte[] output, int outputOffset);

        /// <summary>Fresh private scalar from the entropy source and its public value X25519(k, 9).</summary>
        void X25519GenerateKeyPair(byte[] privateKey, int privateOffset, byte[] publicKey, int publicOffset);

        /// <summary>Fresh 32-byte RFC 8032 seed from the entropy source and its public key.</summary>
        void Ed25519GenerateKeyPair(byte[] seed, int seedOffset, byte[] publicKey, int publicOffset);

        void Ed25519PublicKey(byte[] seed, int seedOffset, byte[] publicKey, int publicOffset);

        void Ed25519Sign(byte[] seed, int seedOffset, byte[] message, int messageOffset, int messageLength,
            byte[] signature, int signatureOffset);

        /// <summary>RFC 8032 §5.1.7 under the policy in <see cref="Ed25519Policy"/>.</summary>
        bool Ed25519Verify(byte[] publicKey, int publicOffset, byte[] message, int messageOffset, int messageLength,
            byte[] signature, int signatureOffset);
    }
}
