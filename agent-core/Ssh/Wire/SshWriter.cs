using System;
using System.Text;

namespace Callhome.AgentCore.Ssh.Wire
{
    /// <summary>
    /// Writer of RFC 4251 §5 data types into a fixed, caller-owned buffer (sized by our named limits, never
    /// by the peer). Writing past the end throws instead of growing, so a bug cannot turn into unbounded
    /// allocation.
    /// </summary>
    public struct SshWriter
    {
        private readonly byte[] buffer;
        private readonly int start;
        private int position;

        public SshWriter(byte[] buffer, int offset)
        {
            if (buffer == null || offset < 0 || offset > buffer.Length)
            {
                throw new ArgumentException("offset does not fit the buffer", nameof(buffer));
            }

            this.buffer = buffer;
            start = offset;
            position = offset;
        }

        public int Position
        {
            get { return position; }
        }

        /// <summary>Bytes written since the writer was created.</summary>
        public int Length
        {
            get { return position - start; }
        }

        public byte[] Buffer
        {
            get { return buffer; }
        }

        public void WriteByte(byte value)
        {
            Room(1);
            buffer[position++] = value;
        }

        public void WriteBoolean(bool value)
        {
            WriteByte(value ? (byte)1 : (byte)0);
        }

        public void WriteUInt32(uint value)
        {
            Room(4);
            buffer[position] = (byte)(value >> 24);
            buffer[position + 1] = (byte)(value >> 16);
            buffer[position + 2] = (byte)(value >> 8);
            buffer[position + 3] = (byte)value;
            position += 4;
        }

        public void WriteUInt64(ulong value)
        {
            WriteUInt32((uint)(value >> 32));
            WriteUInt32((uint)value);
        }

        public void WriteString(byte[] data, int offset, int count)
        {
            if (data == null || offset < 0 || count < 0 || data.Length - offset < count)
            {
                throw new ArgumentException("offset and count do not fit the data", nameof(data));
            }

            WriteUInt32((uint)count);
            WriteRaw(data, offset, count);
        }

        /// <summary>A text field in UTF-8 (names, name-lists, messages).</summary>
        public void WriteText(string text)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text ?? string.Empty);
            WriteString(bytes, 0, bytes.Length);
        }

        /// <summary>An mpint (RFC 4251 §5) from an unsigned big-endian magnitude: leading zeros dropped, a
        /// zero byte added when the top bit is set.</summary>
        public void WriteMpint(byte[] magnitude, int offset, int count)
        {
            while (count > 0 && magnitude[offset] == 0)
            {
                offset++;
                count--;
            }

            bool pad = count > 0 && (magnitude[offset] & 0x80) != 0;
            WriteUInt32((uint)(count + (pad ? 1 : 0)));
            if (pad)
            {
                WriteByte(0);
            }

            WriteRaw(magnitude, offset, count);
        }

        public void WriteRaw(byte[] data, int offset, int count)
        {
            Room(count);
            Array.Copy(data, offset, buffer, position, count);
            position += count;
        }

        private void Room(int count)
        {
            if (buffer.Length - position < count)
            {
                throw new InvalidOperationException("message does not fit its " + (buffer.Length - start) + "-byte buffer");
            }
        }
    }
}
