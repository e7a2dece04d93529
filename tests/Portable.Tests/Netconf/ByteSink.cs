using Callhome.AgentCore.Netconf.Framing;

namespace Callhome.Portable.Tests.Netconf
{
    /// <summary>Collects what a writer sends, in one fixed buffer.</summary>
    internal sealed class ByteSink : INetconfOutput
    {
        public ByteSink(int capacity)
        {
            Buffer = new byte[capacity];
        }

        public byte[] Buffer { get; }

        public int Length { get; private set; }

        public void Write(byte[] buffer, int offset, int count)
        {
            System.Array.Copy(buffer, offset, Buffer, Length, count);
            Length += count;
        }

        public string Text()
        {
            char[] chars = new char[Length];
            for (int i = 0; i < Length; i++)
            {
                chars[i] = (char)Buffer[i];
            }

            return new string(chars);
        }
    }
}
