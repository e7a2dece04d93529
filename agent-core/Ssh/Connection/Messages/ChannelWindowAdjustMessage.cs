using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §5.2: byte SSH_MSG_CHANNEL_WINDOW_ADJUST, uint32 recipient channel, uint32 bytes to add.</summary>
    public sealed class ChannelWindowAdjustMessage
    {
        public const byte MessageNumber = 93;

        public uint RecipientChannel { get; set; }

        public uint BytesToAdd { get; set; }

        public static ChannelWindowAdjustMessage Read(byte[] payload, int offset, int count)
        {
            SshReader reader = ConnectionMessage.Open(payload, offset, count, MessageNumber);
            ChannelWindowAdjustMessage message = new ChannelWindowAdjustMessage();
            message.RecipientChannel = reader.ReadUInt32();
            message.BytesToAdd = reader.ReadUInt32();
            reader.ExpectEnd();
            return message;
        }

        public void Write(ref SshWriter writer)
        {
            writer.WriteByte(MessageNumber);
            writer.WriteUInt32(RecipientChannel);
            writer.WriteUInt32(BytesToAdd);
        }
    }
}
