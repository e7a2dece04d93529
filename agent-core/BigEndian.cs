namespace Callhome.AgentCore
{
    /// <summary>Network byte order, used by SSH (RFC 4251 §5), the config store and the flash ring.</summary>
    public static class BigEndian
    {
        public static void PutUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)(value >> 24);
            buffer[offset + 1] = (byte)(value >> 16);
            buffer[offset + 2] = (byte)(value >> 8);
            buffer[offset + 3] = (byte)value;
        }

        public static uint GetUInt32(byte[] buffer, int offset)
        {
            return ((uint)buffer[offset] << 24) | ((uint)buffer[offset + 1] << 16) | ((uint)buffer[offset + 2] << 8) | buffer[offset + 3];
        }

        /// <summary>Serial-number order (RFC 1982) for 32-bit sequence numbers that may wrap: a is newer than b.</summary>
        public static bool IsNewerSequence(uint a, uint b)
        {
            return unchecked((int)(a - b)) > 0;
        }
    }
}
