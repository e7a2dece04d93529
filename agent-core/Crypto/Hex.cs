using System;

namespace Callhome.AgentCore.Crypto
{
    /// <summary>Lower-case hexadecimal for known-answer vectors and public values (fingerprints); never for
    /// secrets, which must not become strings.</summary>
    public static class Hex
    {
        private const string Digits = "0123456789abcdef";

        public static string Encode(byte[] data)
        {
            ArgumentNullException.ThrowIfNull(data);

            return Encode(data, 0, data.Length);
        }

        public static string Encode(byte[] data, int offset, int count)
        {
            Arguments.CheckRange(data, offset, count, "data");
            char[] text = new char[count * 2];
            for (int i = 0; i < count; i++)
            {
                int b = data[offset + i];
                text[2 * i] = Digits[b >> 4];
                text[(2 * i) + 1] = Digits[b & 0x0f];
            }

            return new string(text);
        }

        /// <summary>Decodes upper- or lower-case hex with no separators.</summary>
        public static byte[] Decode(string hex)
        {
            ArgumentNullException.ThrowIfNull(hex);

            if ((hex.Length & 1) != 0)
            {
                throw new ArgumentException("odd number of hex digits", nameof(hex));
            }

            byte[] data = new byte[hex.Length / 2];
            for (int i = 0; i < data.Length; i++)
            {
                int high = Nibble(hex[2 * i]);
                int low = Nibble(hex[(2 * i) + 1]);
                if (high < 0 || low < 0)
                {
                    throw new ArgumentException("not a hex digit at " + (2 * i), nameof(hex));
                }

                data[i] = (byte)((high << 4) | low);
            }

            return data;
        }

        /// <returns>the digit's value, or -1.</returns>
        private static int Nibble(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }
    }
}
