using System;

namespace Callhome.Portable.Tests.Ssh.Connection
{
    /// <summary>Appends received bytes into one growing array (test-side only).</summary>
    internal sealed class ByteCollector
    {
        private byte[] bytes = new byte[64];

        public int Length { get; private set; }

        public void Append(byte[] data, int offset, int count)
        {
            if (Length + count > bytes.Length)
            {
                int size = bytes.Length * 2;
                while (size < Length + count)
                {
                    size *= 2;
                }

                byte[] larger = new byte[size];
                Array.Copy(bytes, 0, larger, 0, Length);
                bytes = larger;
            }

            Array.Copy(data, offset, bytes, Length, count);
            Length += count;
        }

        public byte[] ToArray()
        {
            byte[] copy = new byte[Length];
            Array.Copy(bytes, 0, copy, 0, Length);
            return copy;
        }
    }
}
