using System;
using Callhome.Hal;

namespace Callhome.Crypto.Tests
{
    /// <summary>A fake HAL source that hands out 0, 1, 2, ... (mod 256) and counts what it gave.</summary>
    internal sealed class PatternEntropySource : IEntropySource
    {
        private byte next;

        public int Calls { get; private set; }

        public long BytesDrawn { get; private set; }

        public void GetBytes(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = next++;
            }

            Calls++;
            BytesDrawn += count;
        }

        /// <summary>The next <paramref name="count"/> bytes it will hand out, without drawing them.</summary>
        public byte[] Peek(int count)
        {
            byte[] bytes = new byte[count];
            for (int i = 0; i < count; i++)
            {
                bytes[i] = (byte)(next + i);
            }

            return bytes;
        }
    }
}
