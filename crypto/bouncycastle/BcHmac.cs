using System;
using Callhome.AgentCore.Crypto;
using IDigest = Org.BouncyCastle.Crypto.IDigest;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

namespace Callhome.Crypto.BouncyCastle
{
    /// <summary>
    /// HMAC over BouncyCastle's <see cref="HMac"/>, keyed once. HMac keeps the inner and outer pad states and
    /// restores them in DoFinal, so Update/Finish per packet allocate nothing.
    /// </summary>
    internal sealed class BcHmac : IMac
    {
        private readonly HMac hmac;
        private bool disposed;

        internal BcHmac(IDigest digest, byte[] key, int offset, int count)
        {
            hmac = new HMac(digest);
            var parameter = new KeyParameter(key, offset, count);
            hmac.Init(parameter);
            BouncyCastleInternals.Wipe(parameter);
            MacSize = hmac.GetMacSize();
        }

        public int MacSize { get; }

        public void Update(byte[] data, int offset, int count)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            Arguments.CheckRange(data, offset, count, nameof(data));
            hmac.BlockUpdate(data, offset, count);
        }

        public void Finish(byte[] output, int offset)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            Arguments.CheckRange(output, offset, MacSize, nameof(output));
            hmac.DoFinal(output, offset);
        }

        public void Reset()
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            hmac.Reset();
        }

        /// <summary>
        /// Re-keys with the empty key, which overwrites HMac's pad buffers and digest state. HMac stores the
        /// keyed inner/outer midstates in digest copies that it replaces rather than overwrites; the replaced
        /// ones hold key-equivalent state until the GC reuses their memory (BouncyCastle offers no way to
        /// wipe them).
        /// </summary>
        public void Dispose()
        {
            if (!disposed)
            {
                hmac.Init(new KeyParameter(Array.Empty<byte>()));
                disposed = true;
            }
        }
    }
}
