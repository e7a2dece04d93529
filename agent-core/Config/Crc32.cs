namespace Callhome.AgentCore.Config
{
    /// <summary>
    /// CRC-32 as in IEEE 802.3 / zlib (reflected polynomial EDB88320h, initial and final value FFFFFFFFh;
    /// check value CBF43926h for "123456789"). A 16-entry nibble table: 64 bytes of RAM instead of 1 KB, fast
    /// enough for a config record.
    /// </summary>
    public static class Crc32
    {
        private static readonly uint[] Nibble = BuildTable();

        public const uint Start = 0xFFFFFFFF;

        public static uint Compute(byte[] buffer, int offset, int count)
        {
            return Finish(Update(Start, buffer, offset, count));
        }

        /// <summary>Continues a CRC over discontiguous pieces: Finish(Update(Update(Start, a), b)).</summary>
        public static uint Update(uint state, byte[] buffer, int offset, int count)
        {
            for (int i = offset; i < offset + count; i++)
            {
                state ^= buffer[i];
                state = (state >> 4) ^ Nibble[state & 0xF];
                state = (state >> 4) ^ Nibble[state & 0xF];
            }

            return state;
        }

        public static uint Finish(uint state)
        {
            return ~state;
        }

        private static uint[] BuildTable()
        {
            var table = new uint[16];
            for (uint n = 0; n < 16; n++)
            {
                uint c = n;
                for (int k = 0; k < 4; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
