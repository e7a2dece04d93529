using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Messages
{
    /// <summary>SSH_MSG_DISCONNECT (1), RFC 4253 §11.1.</summary>
    public sealed class DisconnectMessage
    {
        public const byte Number = SshMessageNumbers.Disconnect;

        public DisconnectMessage(SshDisconnectReason reason, string description)
        {
            Reason = reason;
            Description = description ?? string.Empty;
            Language = string.Empty;
        }

        public SshDisconnectReason Reason { get; }

        public string Description { get; }

        public string Language { get; private set; }

        public static DisconnectMessage Read(byte[] buffer, int offset, int count, int maxField)
        {
            SshReader reader = new SshReader(buffer, offset, count);
            MessageHeader.Expect(ref reader, Number);
            uint reason = reader.ReadUInt32();
            string description = reader.ReadText(maxField);
            string language = reader.ReadText(maxField);
            reader.ExpectEnd();
            DisconnectMessage message = new DisconnectMessage((SshDisconnectReason)reason, description);
            message.Language = language;
            return message;
        }

        public int Write(byte[] buffer, int offset)
        {
            SshWriter writer = new SshWriter(buffer, offset);
            writer.WriteByte(Number);
            writer.WriteUInt32((uint)Reason);
            writer.WriteText(Description);
            writer.WriteText(Language);
            return writer.Length;
        }
    }
}
