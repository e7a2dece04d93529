using System;

namespace Callhome.AgentCore.Console
{
    /// <summary>The bytes the console wants to send, queued until the UART loop takes them (sans-I/O).</summary>
    public sealed class ConsoleOutput
    {
        private byte[] buffer = new byte[ConsoleLimits.InitialOutputCapacity];
        private int start;
        private int end;

        public int Available => end - start;

        /// <returns>the bytes copied, at most count.</returns>
        public int Read(byte[] destination, int offset, int count)
        {
            int take = count < Available ? count : Available;
            Array.Copy(buffer, start, destination, offset, take);
            start += take;
            if (start == end)
            {
                start = 0;
                end = 0;
            }

            return take;
        }

        public void WriteByte(byte value)
        {
            Reserve(1);
            buffer[end++] = value;
        }

        /// <summary>ASCII text; anything but printable ASCII, CR, LF and backspace is sent as '?'.</summary>
        public void Write(string text)
        {
            Reserve(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                buffer[end++] = (c == '\r' || c == '\n' || c == '\b' || (c >= ' ' && c <= '~')) ? (byte)c : (byte)'?';
            }
        }

        public void WriteLine(string text)
        {
            Write(text);
            Write("\r\n");
        }

        private void Reserve(int count)
        {
            if (end + count <= buffer.Length)
            {
                return;
            }

            int used = end - start;
            int size = buffer.Length;
            while (used + count > size)
            {
                size *= 2;
            }

            byte[] grown = size == buffer.Length ? buffer : new byte[size];
            Array.Copy(buffer, start, grown, 0, used);
            buffer = grown;
            start = 0;
            end = used;
        }
    }
}
