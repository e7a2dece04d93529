using System;
using Callhome.AgentCore.Crypto;
using IDigest = Org.BouncyCastle.Crypto.IDigest;

namespace Callhome.Crypto.BouncyCastle
{
    /// <summary>SHA-256/512 over BouncyCastle's digests; DoFinal resets them, so reuse costs no allocation.</summary>
    internal sealed class BcHash : IHashFunction
    {
        private readonly IDigest digest;
        private bool disposed;

        internal BcHash(IDigest digest)
        {
            this.digest = digest;
            HashSize = digest.GetDigestSize();
        }

        public int HashSize { get; }

        public void Update(byte[] data, int offset, int count)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            Arguments.CheckRange(data, offset, count, nameof(data));
            digest.BlockUpdate(data, offset, count);
        }

        public void Finish(byte[] output, int offset)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            Arguments.CheckRange(output, offset, HashSize, nameof(output));
            digest.DoFinal(output, offset);
        }

        public void Reset()
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            digest.Reset();
        }

        /// <summary>Reset clears the buffered input and chaining state (a hash may be fed secrets, e.g. the
        /// KEX shared secret).</summary>
        public void Dispose()
        {
            if (!disposed)
            {
                digest.Reset();
                disposed = true;
            }
        }
    }
}
