using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §5.1: byte SSH_MSG_CHANNEL_OPEN_CONFIRMATION, uint32 recipient channel,
    /// uint32 sender channel, uint32 initial window size, uint32 maximum packet size, then channel-type
    /// specific data (none for "session"), kept as a segment of the payload.</summary>
    public sealed class ChannelOpenConfirmationMessage
    {
        public const byte MessageNumber = 91;

        public uint RecipientChannel { get; set; }

        public uint SenderChannel { get; set; }

        public uint InitialWindowSize { get; set; }

        public uint MaximumPacketSize { get; set; }

        public byte[] TypeData { get; set; } = ConnectionMessage.NoData;

        public int TypeDataOffset { get; set; }

        public int TypeDataLength { get; set; }

        public static ChannelOpenConfirmationMessage Read(byte[] payload, int offset, int count)
        {
            SshReader reader = ConnectionMessage.Open(payload, offset, count, MessageNumber);
            ChannelOpenConfirmationMessage message = new ChannelOpenConfirmationMessage();
            message.RecipientChannel = reader.ReadUInt32();
            message.SenderChannel = reader.ReadUInt32();
            message.InitialWindowSize = reader.ReadUInt32();
            message.MaximumPacketSize = reader.ReadUInt32();
            message.TypeData = payload;
            message.TypeDataOffset = reader.Position;
            message.TypeDataLength = reader.Remaining;
            return message;
        }

        public void Write(ref SshWriter writer)
        {
            writer.WriteByte(MessageNumber);
            writer.WriteUInt32(RecipientChannel);
            writer.WriteUInt32(SenderChannel);
            writer.WriteUInt32(InitialWindowSize);
            writer.WriteUInt32(MaximumPacketSize);
            writer.WriteRaw(TypeData, TypeDataOffset, TypeDataLength);
        }
    }
}
