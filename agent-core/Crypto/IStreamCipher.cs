using System;

namespace Callhome.AgentCore.Crypto
{
    /// <summary>XORs a continuing key stream into data; input and output may be the same buffer.</summary>
    public interface IStreamCipher : IDisposable
    {
        void Process(byte[] input, int inputOffset, int count, byte[] output, int outputOffset);
    }
}
