using System;
using System.Text;

namespace Callhome.AgentCore.Ssh.Wire
{
    /// <summary>
    /// Bounds-checked reader of RFC 4251 §5 data types over one message held in a caller's buffer. Every
    /// length read from the wire is checked against what is left before use; strings are returned as
    /// (offset, length) segments of the buffer so reading allocates nothing sized by the peer.
    /// </summary>
    public struct SshReader
    {
        private readonly byte[] buffer;
        private readonly int end;
        private int position;

        public SshReader(byte[] buffer, int offset, int count)
        {
            if (buffer == null || offset < 0 || count < 0 || buffer.Length - offset < count)
            {
                throw new ArgumentException("offset and count do not fit the buffer", nameof(buffer));
            }

            this.buffer = buffer;
            position = offset;
            end = offset + count;
        }

        public int Position
        {
            get { return position; }
        }

        public int Remaining
        {
            get { return end - position; }
        }

        public byte[] Buffer
        {
            get { return buffer; }
        }

        public byte ReadByte()
        {
            Need(1, "byte");
            return buffer[position++];
        }

        public bool ReadBoolean()
        {
            return ReadByte() != 0;
        }

        public uint ReadUInt32()
        {
            Need(4, "uint32");
            uint value = ((uint)buffer[position] << 24) | ((uint)buffer[position + 1] << 16)
                | ((uint)buffer[position + 2] << 8) | buffer[position + 3];
            position += 4;
            return value;
        }

        public ulong ReadUInt64()
        {
            ulong high = ReadUInt32();
            return (high << 32) | ReadUInt32();
        }

        /// <summary>An RFC 4251 string as a segment of the buffer; maxLength bounds it before it is used.</summary>
        public void ReadString(int maxLength, out int offset, out int length)
        {
            uint declared = ReadUInt32();
            if (declared > (uint)maxLength)
            {
                throw new SshFormatException("string of " + declared + " bytes exceeds its limit of " + maxLength);
            }

            length = (int)declared;
            Need(length, "string");
            offset = position;
            position += length;
        }

        /// <summary>A string field copied into a new array of at most maxLength bytes (our limit, not the peer's).</summary>
        public byte[] ReadStringBytes(int maxLength)
        {
            int offset;
            int length;
            ReadString(maxLength, out offset, out length);
            byte[] copy = new byte[length];
            Array.Copy(buffer, offset, copy, 0, length);
            return copy;
        }

        /// <summary>A US-ASCII/UTF-8 text field (names, name-lists, messages) of at most maxLength bytes.</summary>
        public string ReadText(int maxLength)
        {
            int offset;
            int length;
            ReadString(maxLength, out offset, out length);
            return length == 0 ? string.Empty : Encoding.UTF8.GetString(buffer, offset, length);
        }

        /// <summary>Fails unless the whole message was consumed (trailing garbage is a protocol error).</summary>
        public void ExpectEnd()
        {
            if (position != end)
            {
                throw new SshFormatException((end - position) + " unexpected bytes at the end of the message");
            }
        }

        public void Skip(int count)
        {
            Need(count, "field");
            position += count;
        }

        private void Need(int count, string what)
        {
            if (count < 0 || end - position < count)
            {
                throw new SshFormatException("message ends inside a " + what + " (needs " + count + ", has " + (end - position) + ")");
            }
        }
    }
}
