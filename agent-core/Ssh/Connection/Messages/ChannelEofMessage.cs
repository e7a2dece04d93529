using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §5.3 (no more data from the sender on this channel): byte SSH_MSG_CHANNEL_EOF, uint32 recipient channel.</summary>
    public sealed class ChannelEofMessage
    {
        public const byte MessageNumber = 96;

        public uint RecipientChannel { get; set; }

        public static ChannelEofMessage Read(byte[] payload, int offset, int count)
        {
            SshReader reader = ConnectionMessage.Open(payload, offset, count, MessageNumber);
            ChannelEofMessage message = new ChannelEofMessage();
            message.RecipientChannel = reader.ReadUInt32();
            reader.ExpectEnd();
            return message;
        }

        public void Write(ref SshWriter writer)
        {
            writer.WriteByte(MessageNumber);
            writer.WriteUInt32(RecipientChannel);
        }
    }
}
