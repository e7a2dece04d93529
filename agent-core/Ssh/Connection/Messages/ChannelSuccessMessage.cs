using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §5.4 (the oldest pending channel request with want-reply succeeded): byte SSH_MSG_CHANNEL_SUCCESS, uint32 recipient channel.</summary>
    public sealed class ChannelSuccessMessage
    {
        public const byte MessageNumber = 99;

        public uint RecipientChannel { get; set; }

        public static ChannelSuccessMessage Read(byte[] payload, int offset, int count)
        {
            SshReader reader = ConnectionMessage.Open(payload, offset, count, MessageNumber);
            ChannelSuccessMessage message = new ChannelSuccessMessage();
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
