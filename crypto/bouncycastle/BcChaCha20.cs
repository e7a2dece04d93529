using System;
using Callhome.AgentCore.Crypto;
using Org.BouncyCastle.Crypto.Parameters;

namespace Callhome.Crypto.BouncyCastle
{
    /// <summary>ChaCha20 for chacha20-poly1305@openssh.com: keyed once, restarted per use at (nonce,
    /// counter). Start and Process allocate nothing.</summary>
    internal sealed class BcChaCha20 : IChaCha20
    {
        private readonly OpenSshChaChaEngine engine = new();
        private bool started;
        private bool disposed;

        internal BcChaCha20(byte[] key, int offset)
        {
            var parameter = new KeyParameter(key, offset, 32);
            engine.Init(true, new ParametersWithIV(parameter, new byte[8]));
            BouncyCastleInternals.Wipe(parameter);
        }

        public void Start(byte[] nonce, int nonceOffset, ulong blockCounter)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            Arguments.CheckRange(nonce, nonceOffset, 8, nameof(nonce));
            engine.Start(nonce, nonceOffset, blockCounter);
            started = true;
        }

        public void Process(byte[] input, int inputOffset, int count, byte[] output, int outputOffset)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            Arguments.CheckRange(input, inputOffset, count, nameof(input));
            Arguments.CheckRange(output, outputOffset, count, nameof(output));
            if (!started)
            {
                throw new InvalidOperationException("Start must set the nonce and counter before Process");
            }

            engine.ProcessBytes(input, inputOffset, count, output, outputOffset);
        }

        public void Dispose()
        {
            if (!disposed)
            {
                engine.Wipe();
                disposed = true;
            }
        }
    }
}
