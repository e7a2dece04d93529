using System;

namespace Callhome.AgentCore.Crypto
{
    /// <summary>Poly1305 with a fresh one-time 32-byte key per message (RFC 8439 §2.5).</summary>
    public interface IPoly1305 : IDisposable
    {
        void Start(byte[] key, int offset);

        void Update(byte[] data, int offset, int count);

        /// <summary>Writes the 16-byte tag and forgets the key.</summary>
        void Finish(byte[] tag, int offset);
    }
}
