using System;
using Callhome.AgentCore.Crypto;
using AesUtilities = Org.BouncyCastle.Crypto.AesUtilities;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace Callhome.Crypto.BouncyCastle
{
    /// <summary>
    /// AES-CTR (SP 800-38A; RFC 4344 for SSH) over <see cref="SicBlockCipher"/>, which increments the whole
    /// 16-byte counter block as one big-endian integer (wrapping at 2^128). The engine comes from
    /// <see cref="AesUtilities.CreateEngine"/>: AES-NI where the CPU has it, else the portable table-driven
    /// <c>AesEngine</c>. Whole blocks go straight through the mode; a partial block's unused key stream is
    /// kept so the stream continues across calls. No allocation after construction.
    /// </summary>
    internal sealed class BcAesCtr : IStreamCipher
    {
        private const int BlockSize = 16;

        private readonly SicBlockCipher ctr;
        private readonly byte[] zeros = new byte[BlockSize];
        private readonly byte[] keyStream = new byte[BlockSize];
        private readonly int keyLength;
        private int keyStreamUsed = BlockSize;
        private bool disposed;

        internal BcAesCtr(byte[] key, int keyOffset, int keyLength, byte[] counter, int counterOffset)
        {
            this.keyLength = keyLength;
            ctr = new SicBlockCipher(AesUtilities.CreateEngine());
            var parameter = new KeyParameter(key, keyOffset, keyLength);
            ctr.Init(true, new ParametersWithIV(parameter, counter, counterOffset, BlockSize));
            BouncyCastleInternals.Wipe(parameter);
        }

        public void Process(byte[] input, int inputOffset, int count, byte[] output, int outputOffset)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            Arguments.CheckRange(input, inputOffset, count, nameof(input));
            Arguments.CheckRange(output, outputOffset, count, nameof(output));
            int done = 0;
            while (done < count && keyStreamUsed < BlockSize)
            {
                output[outputOffset + done] = (byte)(input[inputOffset + done] ^ keyStream[keyStreamUsed++]);
                done++;
            }

            while (count - done >= BlockSize)
            {
                ctr.ProcessBlock(input, inputOffset + done, output, outputOffset + done);
                done += BlockSize;
            }

            if (done < count)
            {
                ctr.ProcessBlock(zeros, 0, keyStream, 0);
                keyStreamUsed = 0;
                while (done < count)
                {
                    output[outputOffset + done] = (byte)(input[inputOffset + done] ^ keyStream[keyStreamUsed++]);
                    done++;
                }
            }
        }

        /// <summary>Re-keys with zeros so the engine's live round keys no longer derive from the key; the
        /// replaced round-key arrays are left to the GC (BouncyCastle offers no way to wipe them).</summary>
        public void Dispose()
        {
            if (!disposed)
            {
                Array.Clear(keyStream);
                ctr.Init(true, new ParametersWithIV(new KeyParameter(new byte[keyLength]), zeros));
                disposed = true;
            }
        }
    }
}
