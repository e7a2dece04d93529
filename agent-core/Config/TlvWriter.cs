using System;

namespace Callhome.AgentCore.Config
{
    /// <summary>Writes tag (1 byte), length (2 bytes, MSB first), value into a caller's buffer; refuses to
    /// write past its end.</summary>
    internal sealed class TlvWriter
    {
        private readonly byte[] buffer;
        private readonly int end;
        private int position;

        public TlvWriter(byte[] buffer, int offset, int count)
        {
            this.buffer = buffer;
            position = offset;
            end = offset + count;
        }

        public int Position => position;

        public void WriteAscii(ConfigTag tag, string text)
        {
            Begin(tag, text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                buffer[position++] = (byte)text[i];
            }
        }

        public void WriteByte(ConfigTag tag, int value)
        {
            Begin(tag, 1);
            buffer[position++] = (byte)value;
        }

        public void WriteInt32(ConfigTag tag, int value)
        {
            Begin(tag, 4);
            PutInt32(value);
        }

        public void WriteEndpoint(ManagerEndpoint endpoint)
        {
            Begin(ConfigTag.ManagerEndpoint, 2 + endpoint.Host.Length);
            buffer[position++] = (byte)(endpoint.Port >> 8);
            buffer[position++] = (byte)endpoint.Port;
            for (int i = 0; i < endpoint.Host.Length; i++)
            {
                buffer[position++] = (byte)endpoint.Host[i];
            }
        }

        private void Begin(ConfigTag tag, int length)
        {
            if (length > 0xFFFF || end - position < ConfigLimits.FieldOverhead + length)
            {
                throw new ArgumentException("the configuration does not fit the record buffer");
            }

            buffer[position++] = (byte)tag;
            buffer[position++] = (byte)(length >> 8);
            buffer[position++] = (byte)length;
        }

        private void PutInt32(int value)
        {
            buffer[position++] = (byte)(value >> 24);
            buffer[position++] = (byte)(value >> 16);
            buffer[position++] = (byte)(value >> 8);
            buffer[position++] = (byte)value;
        }
    }
}
