namespace Callhome.AgentCore.Config
{
    /// <summary>
    /// Reads tag-length-value fields, checking every length against what remains before touching a byte.
    /// Malformed input is a state (<see cref="Error"/>), not an exception: loading runs at boot and must
    /// always end in a configuration.
    /// </summary>
    internal sealed class TlvReader
    {
        private readonly byte[] buffer;
        private readonly int end;
        private int position;

        public TlvReader(byte[] buffer, int offset, int count)
        {
            this.buffer = buffer;
            position = offset;
            end = offset + count;
        }

        public string? Error { get; private set; }

        public int Tag { get; private set; }

        public int ValueOffset { get; private set; }

        public int ValueLength { get; private set; }

        /// <returns>false at the end of the input or on a malformed field (then Error is set).</returns>
        public bool Next()
        {
            if (Error != null || position == end)
            {
                return false;
            }

            if (end - position < ConfigLimits.FieldOverhead)
            {
                return Fail("truncated field header at byte " + position.ToString());
            }

            int length = (buffer[position + 1] << 8) | buffer[position + 2];
            if (end - position - ConfigLimits.FieldOverhead < length)
            {
                return Fail("field length " + length.ToString() + " overruns the record at byte " + position.ToString());
            }

            Tag = buffer[position];
            ValueOffset = position + ConfigLimits.FieldOverhead;
            ValueLength = length;
            position = ValueOffset + length;
            return true;
        }

        public bool Fail(string error)
        {
            if (Error == null)
            {
                Error = error;
            }

            return false;
        }

        public int Int32At(int offset)
        {
            return (buffer[offset] << 24) | (buffer[offset + 1] << 16) | (buffer[offset + 2] << 8) | buffer[offset + 3];
        }

        public int ByteAt(int offset)
        {
            return buffer[offset];
        }

        /// <returns>null when a byte is not printable ASCII.</returns>
        public string? AsciiAt(int offset, int count)
        {
            var chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                byte b = buffer[offset + i];
                if (b < 0x20 || b > 0x7E)
                {
                    return null;
                }

                chars[i] = (char)b;
            }

            return new string(chars);
        }
    }
}
