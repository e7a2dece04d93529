using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §5.3 (the sender will send nothing more on this channel): byte SSH_MSG_CHANNEL_CLOSE, uint32 recipient channel.</summary>
    public sealed class ChannelCloseMessage
    {
        public const byte MessageNumber = 97;

        public uint RecipientChannel { get; set; }

        public static ChannelCloseMessage Read(byte[] payload, int offset, int count)
        {
            SshReader reader = ConnectionMessage.Open(payload, offset, count, MessageNumber);
            ChannelCloseMessage message = new ChannelCloseMessage();
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
