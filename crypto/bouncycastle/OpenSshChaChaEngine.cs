using System;
using System.Buffers.Binary;
using Org.BouncyCastle.Crypto.Engines;

namespace Callhome.Crypto.BouncyCastle
{
    /// <summary>
    /// BouncyCastle's original-layout ChaCha20 (words 12-13 a 64-bit block counter, 14-15 a 64-bit nonce)
    /// restartable at any nonce and counter without new parameter objects. <see cref="ChaChaEngine"/> only
    /// restarts at counter 0 and takes its nonce from a fresh <c>ParametersWithIV</c>; here
    /// <see cref="Salsa20Engine.Reset"/> (public: clears the buffered key stream and the 2^70-byte limit
    /// counter) calls back into <see cref="ResetCounter"/>, which this class overrides to write the wanted
    /// counter and nonce into the state. The key is set once through the ordinary <c>Init</c>.
    /// </summary>
    internal sealed class OpenSshChaChaEngine : ChaChaEngine
    {
        private uint counterLow;
        private uint counterHigh;
        private uint nonceLow;
        private uint nonceHigh;

        internal OpenSshChaChaEngine()
            : base(20)
        {
        }

        internal void Start(byte[] nonce, int nonceOffset, ulong blockCounter)
        {
            nonceLow = BinaryPrimitives.ReadUInt32LittleEndian(nonce.AsSpan(nonceOffset, 4));
            nonceHigh = BinaryPrimitives.ReadUInt32LittleEndian(nonce.AsSpan(nonceOffset + 4, 4));
            counterLow = (uint)blockCounter;
            counterHigh = (uint)(blockCounter >> 32);
            Reset();
        }

        /// <summary>Zeroes the key, nonce and buffered key stream held in the engine.</summary>
        internal void Wipe()
        {
            counterLow = counterHigh = nonceLow = nonceHigh = 0;
            Array.Clear(BouncyCastleInternals.EngineState(this));
            Array.Clear(BouncyCastleInternals.KeyStream(this));
        }

        protected override void ResetCounter()
        {
            uint[] state = BouncyCastleInternals.EngineState(this);
            state[12] = counterLow;
            state[13] = counterHigh;
            state[14] = nonceLow;
            state[15] = nonceHigh;
        }
    }
}
