namespace Callhome.Portable.Tests.Ssh
{
    /// <summary>US-ASCII bytes of a test string (this project has no System.Text reference on nanoFramework).</summary>
    internal static class Ascii
    {
        public static byte[] Bytes(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }
    }
}
