namespace Callhome.AgentCore.Crypto
{
    /// <summary>Comparison of secrets (MAC tags, keys) whose time does not depend on where they differ.</summary>
    public static class ConstantTime
    {
        public static bool AreEqual(byte[] a, int aOffset, byte[] b, int bOffset, int count)
        {
            Arguments.CheckRange(a, aOffset, count, "a");
            Arguments.CheckRange(b, bOffset, count, "b");
            int difference = 0;
            for (int i = 0; i < count; i++)
            {
                difference |= a[aOffset + i] ^ b[bOffset + i];
            }

            return difference == 0;
        }

        /// <summary>Zeroes key material; not elided by the JIT because the array escapes.</summary>
        public static void Wipe(byte[]? buffer)
        {
            if (buffer == null)
            {
                return;
            }

            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = 0;
            }
        }
    }
}
