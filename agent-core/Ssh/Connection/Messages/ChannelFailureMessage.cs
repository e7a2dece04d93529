using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §5.4 (the oldest pending channel request with want-reply failed): byte SSH_MSG_CHANNEL_FAILURE, uint32 recipient channel.</summary>
    public sealed class ChannelFailureMessage
    {
        public const byte MessageNumber = 100;

        public uint RecipientChannel { get; set; }

        public static ChannelFailureMessage Read(byte[] payload, int offset, int count)
        {
            SshReader reader = ConnectionMessage.Open(payload, offset, count, MessageNumber);
            ChannelFailureMessage message = new ChannelFailureMessage();
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
