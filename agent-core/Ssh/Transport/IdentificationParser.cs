
namespace Callhome.AgentCore.Ssh.Transport
{
    /// <summary>
    /// The peer's identification line (RFC 4253 §4.2) as a byte-level state machine. A server may send other
    /// lines first (bounded by <see cref="SshLimits.MaxLinesBeforeVersion"/>); every line is bounded by
    /// <see cref="SshLimits.MaxIdentificationLength"/> including CR LF. "SSH-2.0" is accepted, and "SSH-1.99"
    /// as §5.1 allows for servers that also speak version 1; every other version is refused. A bare LF ends a
    /// line too, as OpenSSH tolerates.
    /// </summary>
    public sealed class IdentificationParser
    {
        private readonly byte[] line;
        private readonly int maxLines;
        private int length;
        private int lines;

        public IdentificationParser(int maxLineLength, int maxLinesBeforeVersion)
        {
            line = new byte[maxLineLength];
            maxLines = maxLinesBeforeVersion;
        }

        public bool IsComplete { get; private set; }

        /// <summary>The identification string without CR LF (V_S of the exchange hash).</summary>
        public string Version { get; private set; } = string.Empty;

        /// <summary>Consumes bytes up to and including the version line; returns how many were used, so the
        /// rest can go to the packet layer. Throws <see cref="SshProtocolException"/> on a bad line.</summary>
        public int Feed(byte[] buffer, int offset, int count)
        {
            int used = 0;
            while (used < count && !IsComplete)
            {
                byte b = buffer[offset + used];
                used++;
                if (b == (byte)'\n')
                {
                    EndLine();
                    continue;
                }

                // Room for the byte and the line feed still to come: 255 bytes including CR LF.
                if (length + 1 >= line.Length)
                {
                    throw new SshProtocolException(SshDisconnectReason.ProtocolError,
                        "identification line longer than " + line.Length + " bytes");
                }

                line[length++] = b;
            }

            return used;
        }

        private void EndLine()
        {
            int end = length;
            if (end > 0 && line[end - 1] == (byte)'\r')
            {
                end--;
            }

            length = 0;
            if (end >= 4 && line[0] == (byte)'S' && line[1] == (byte)'S' && line[2] == (byte)'H' && line[3] == (byte)'-')
            {
                string version = Ascii(end);
                if (!StartsWith(version, "SSH-2.0-") && !StartsWith(version, "SSH-1.99-"))
                {
                    throw new SshProtocolException(SshDisconnectReason.ProtocolVersionNotSupported,
                        "unsupported protocol version in \"" + version + "\"");
                }

                Version = version;
                IsComplete = true;
                return;
            }

            lines++;
            if (lines > maxLines)
            {
                throw new SshProtocolException(SshDisconnectReason.ProtocolError,
                    "more than " + maxLines + " lines before the identification string");
            }
        }

        private string Ascii(int count)
        {
            // Printable US-ASCII only (RFC 4253 §4.2); anything else becomes '?', so the string stays loggable
            // and V_S still hashes the bytes as sent (the session keeps the raw bytes, see RawVersion).
            char[] chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                byte b = line[i];
                chars[i] = b >= 0x20 && b < 0x7f ? (char)b : '?';
            }

            RawVersion = new byte[count];
            System.Array.Copy(line, 0, RawVersion, 0, count);
            return new string(chars);
        }

        /// <summary>The identification bytes as received (without CR LF), hashed as V_S.</summary>
        public byte[] RawVersion { get; private set; } = new byte[0];

        private static bool StartsWith(string text, string prefix)
        {
            return text.Length >= prefix.Length && text.Substring(0, prefix.Length) == prefix;
        }
    }
}
