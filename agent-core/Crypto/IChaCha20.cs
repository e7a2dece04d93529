using System;

namespace Callhome.AgentCore.Crypto
{
    /// <summary>
    /// ChaCha20 keyed once; each message restarts it at an 8-byte nonce and a 64-bit block counter (state
    /// words 12-13 counter, 14-15 nonce, little-endian), which is how chacha20-poly1305@openssh.com uses the
    /// packet sequence number as nonce. Dispose wipes the key.
    /// </summary>
    public interface IChaCha20 : IDisposable
    {
        void Start(byte[] nonce, int nonceOffset, ulong blockCounter);

        void Process(byte[] input, int inputOffset, int count, byte[] output, int outputOffset);
    }
}
