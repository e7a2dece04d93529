using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Messages
{
    /// <summary>
    /// SSH_MSG_EXT_INFO (7), RFC 8308 §2.3: extension name/value pairs. Only server-sig-algs is kept (§3.1);
    /// the count is bounded by what the message can hold, so nothing is allocated from it.
    /// </summary>
    public sealed class ExtInfoMessage
    {
        public const byte Number = SshMessageNumbers.ExtInfo;
        public const string ServerSigAlgs = "server-sig-algs";

        public ExtInfoMessage(string serverSigAlgs)
        {
            ServerSignatureAlgorithms = serverSigAlgs ?? string.Empty;
        }

        /// <summary>The server-sig-algs name-list, empty when the server did not send it.</summary>
        public string ServerSignatureAlgorithms { get; }

        public static ExtInfoMessage Read(byte[] buffer, int offset, int count, int maxField)
        {
            SshReader reader = new SshReader(buffer, offset, count);
            MessageHeader.Expect(ref reader, Number);
            uint extensions = reader.ReadUInt32();
            string sigAlgs = string.Empty;
            for (uint i = 0; i < extensions; i++)
            {
                // Each pair needs at least 8 bytes, so a huge count fails on the reader's bounds, not in a loop.
                string name = reader.ReadText(maxField);
                int valueOffset;
                int valueLength;
                reader.ReadString(maxField, out valueOffset, out valueLength);
                if (name == ServerSigAlgs && valueLength > 0)
                {
                    sigAlgs = System.Text.Encoding.UTF8.GetString(buffer, valueOffset, valueLength);
                }
            }

            reader.ExpectEnd();
            return new ExtInfoMessage(sigAlgs);
        }

        public int Write(byte[] buffer, int offset)
        {
            SshWriter writer = new SshWriter(buffer, offset);
            writer.WriteByte(Number);
            writer.WriteUInt32(1);
            writer.WriteText(ServerSigAlgs);
            writer.WriteText(ServerSignatureAlgorithms);
            return writer.Length;
        }
    }
}
