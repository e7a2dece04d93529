using System.Collections.Generic;
using Callhome.AgentCore.Crypto;

namespace Callhome.Interop.Tests.ChaChaPoly
{
    /// <summary>Delegates to another suite and records every ChaCha20 Process call as (key offset, block
    /// counter, byte count), so a test can show what was, and was not, decrypted.</summary>
    internal sealed class RecordingCryptoSuite : ICryptoSuite
    {
        private readonly ICryptoSuite inner;

        public RecordingCryptoSuite(ICryptoSuite inner)
        {
            this.inner = inner;
        }

        public List<(int KeyOffset, ulong BlockCounter, int Count)> ChaChaCalls { get; } = new();

        public string Name => inner.Name;

        public IChaCha20 CreateChaCha20(byte[] key, int offset) => new RecordingChaCha20(inner.CreateChaCha20(key, offset), offset, ChaChaCalls);

        public IHashFunction CreateSha256() => inner.CreateSha256();

        public IHashFunction CreateSha512() => inner.CreateSha512();

        public IMac CreateHmacSha256(byte[] key, int offset, int count) => inner.CreateHmacSha256(key, offset, count);

        public IMac CreateHmacSha512(byte[] key, int offset, int count) => inner.CreateHmacSha512(key, offset, count);

        public IStreamCipher CreateAesCtr(byte[] key, int keyOffset, int keyLength, byte[] counter, int counterOffset) =>
            inner.CreateAesCtr(key, keyOffset, keyLength, counter, counterOffset);

        public IPoly1305 CreatePoly1305() => inner.CreatePoly1305();

        public bool X25519(byte[] scalar, int scalarOffset, byte[] u, int uOffset, byte[] output, int outputOffset) =>
            inner.X25519(scalar, scalarOffset, u, uOffset, output, outputOffset);

        public void X25519GenerateKeyPair(byte[] privateKey, int privateOffset, byte[] publicKey, int publicOffset) =>
            inner.X25519GenerateKeyPair(privateKey, privateOffset, publicKey, publicOffset);

        public void Ed25519GenerateKeyPair(byte[] seed, int seedOffset, byte[] publicKey, int publicOffset) =>
            inner.Ed25519GenerateKeyPair(seed, seedOffset, publicKey, publicOffset);

        public void Ed25519PublicKey(byte[] seed, int seedOffset, byte[] publicKey, int publicOffset) =>
            inner.Ed25519PublicKey(seed, seedOffset, publicKey, publicOffset);

        public void Ed25519Sign(byte[] seed, int seedOffset, byte[] message, int messageOffset, int messageLength,
            byte[] signature, int signatureOffset) =>
            inner.Ed25519Sign(seed, seedOffset, message, messageOffset, messageLength, signature, signatureOffset);

        public bool Ed25519Verify(byte[] publicKey, int publicOffset, byte[] message, int messageOffset, int messageLength,
            byte[] signature, int signatureOffset) =>
            inner.Ed25519Verify(publicKey, publicOffset, message, messageOffset, messageLength, signature, signatureOffset);

        private sealed class RecordingChaCha20 : IChaCha20
        {
            private readonly IChaCha20 inner;
            private readonly int keyOffset;
            private readonly List<(int KeyOffset, ulong BlockCounter, int Count)> calls;
            private ulong blockCounter;

            public RecordingChaCha20(IChaCha20 inner, int keyOffset, List<(int KeyOffset, ulong BlockCounter, int Count)> calls)
            {
                this.inner = inner;
                this.keyOffset = keyOffset;
                this.calls = calls;
            }

            public void Start(byte[] nonce, int nonceOffset, ulong blockCounter)
            {
                this.blockCounter = blockCounter;
                inner.Start(nonce, nonceOffset, blockCounter);
            }

            public void Process(byte[] input, int inputOffset, int count, byte[] output, int outputOffset)
            {
                calls.Add((keyOffset, blockCounter, count));
                inner.Process(input, inputOffset, count, output, outputOffset);
            }

            public void Dispose() => inner.Dispose();
        }
    }
}
