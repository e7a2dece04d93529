using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §5.1: byte SSH_MSG_CHANNEL_OPEN_FAILURE, uint32 recipient channel, uint32 reason
    /// code (<see cref="ChannelOpenFailureReason"/>), string description (UTF-8), string language tag.</summary>
    public sealed class ChannelOpenFailureMessage
    {
        public const byte MessageNumber = 92;

        public uint RecipientChannel { get; set; }

        public uint ReasonCode { get; set; }

        public string Description { get; set; } = string.Empty;

        public string LanguageTag { get; set; } = string.Empty;

        public static ChannelOpenFailureMessage Read(byte[] payload, int offset, int count, int maxFieldLength)
        {
            SshReader reader = ConnectionMessage.Open(payload, offset, count, MessageNumber);
            ChannelOpenFailureMessage message = new ChannelOpenFailureMessage();
            message.RecipientChannel = reader.ReadUInt32();
            message.ReasonCode = reader.ReadUInt32();
            message.Description = reader.ReadText(maxFieldLength);
            message.LanguageTag = reader.ReadText(maxFieldLength);
            reader.ExpectEnd();
            return message;
        }

        public void Write(ref SshWriter writer)
        {
            writer.WriteByte(MessageNumber);
            writer.WriteUInt32(RecipientChannel);
            writer.WriteUInt32(ReasonCode);
            writer.WriteText(Description);
            writer.WriteText(LanguageTag);
        }
    }
}
