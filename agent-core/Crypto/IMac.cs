using System;

namespace Callhome.AgentCore.Crypto
{
    /// <summary>Keyed MAC; Finish writes the tag and resets to the same key. Dispose wipes the key.</summary>
    public interface IMac : IDisposable
    {
        int MacSize { get; }

        void Update(byte[] data, int offset, int count);

        void Finish(byte[] output, int offset);

        void Reset();
    }
}
