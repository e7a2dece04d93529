namespace Callhome.Portable.Tests.Netconf
{
    /// <summary>UTF-8 bytes of a test string (this project has no System.Text reference on nanoFramework).</summary>
    internal static class Utf8
    {
        public static byte[] Bytes(string text)
        {
            byte[] bytes = new byte[text.Length * 3];
            int length = 0;
            for (int i = 0; i < text.Length; i++)
            {
                int c = text[i];
                if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.Length)
                {
                    c = 0x10000 + ((c - 0xd800) << 10) + (text[++i] - 0xdc00);
                    bytes[length++] = (byte)(0xf0 | (c >> 18));
                    bytes[length++] = (byte)(0x80 | ((c >> 12) & 0x3f));
                    bytes[length++] = (byte)(0x80 | ((c >> 6) & 0x3f));
                    bytes[length++] = (byte)(0x80 | (c & 0x3f));
                }
                else if (c >= 0x800)
                {
                    bytes[length++] = (byte)(0xe0 | (c >> 12));
                    bytes[length++] = (byte)(0x80 | ((c >> 6) & 0x3f));
                    bytes[length++] = (byte)(0x80 | (c & 0x3f));
                }
                else if (c >= 0x80)
                {
                    bytes[length++] = (byte)(0xc0 | (c >> 6));
                    bytes[length++] = (byte)(0x80 | (c & 0x3f));
                }
                else
                {
                    bytes[length++] = (byte)c;
                }
            }

            byte[] result = new byte[length];
            System.Array.Copy(bytes, result, length);
            return result;
        }
    }
}
