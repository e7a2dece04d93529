using System;

namespace Callhome.AgentCore.Crypto
{
    /// <summary>Incremental hash; Finish writes the digest and resets for reuse, so no per-use allocation.</summary>
    public interface IHashFunction : IDisposable
    {
        int HashSize { get; }

        void Update(byte[] data, int offset, int count);

        void Finish(byte[] output, int offset);

        void Reset();
    }
}
