using System;
using Callhome.Hal;

namespace Callhome.Portable.Tests.Console
{
    /// <summary>A few key slots in memory (arrays: Hashtable is not in the test image's references), with a
    /// count of writes so tests see that a key was never replaced.</summary>
    internal sealed class MemoryKeyStore : IKeyStore
    {
        private readonly string[] names = new string[4];
        private readonly byte[]?[] values = new byte[4][];

        public int Writes { get; private set; }

        public int Read(string slot, byte[] buffer, int offset, int count)
        {
            int index = Find(slot);
            byte[]? value = index < 0 ? null : values[index];
            if (value == null)
            {
                return -1;
            }

            if (value.Length > count)
            {
                throw new ArgumentException("buffer too small");
            }

            Array.Copy(value, 0, buffer, offset, value.Length);
            return value.Length;
        }

        public void Write(string slot, byte[] buffer, int offset, int count)
        {
            int index = Find(slot);
            if (index < 0)
            {
                index = Find(null);
                names[index] = slot;
            }

            byte[] value = new byte[count];
            Array.Copy(buffer, offset, value, 0, count);
            values[index] = value;
            Writes++;
        }

        public bool Delete(string slot)
        {
            int index = Find(slot);
            if (index < 0 || values[index] == null)
            {
                return false;
            }

            values[index] = null;
            return true;
        }

        private int Find(string? slot)
        {
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i] == slot)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
