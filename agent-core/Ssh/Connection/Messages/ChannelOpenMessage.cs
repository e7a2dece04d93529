using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §5.1: byte SSH_MSG_CHANNEL_OPEN, string channel type, uint32 sender channel,
    /// uint32 initial window size, uint32 maximum packet size, then channel-type specific data (none for
    /// "session", §6.1), kept as a segment of the payload.</summary>
    public sealed class ChannelOpenMessage
    {
        public const byte MessageNumber = 90;

        /// <summary>RFC 4254 §6.1 interactive session channel type.</summary>
        public const string SessionType = "session";

        public string ChannelType { get; set; } = string.Empty;

        public uint SenderChannel { get; set; }

        public uint InitialWindowSize { get; set; }

        public uint MaximumPacketSize { get; set; }

        public byte[] TypeData { get; set; } = ConnectionMessage.NoData;

        public int TypeDataOffset { get; set; }

        public int TypeDataLength { get; set; }

        public static ChannelOpenMessage Read(byte[] payload, int offset, int count, int maxFieldLength)
        {
            SshReader reader = ConnectionMessage.Open(payload, offset, count, MessageNumber);
            ChannelOpenMessage message = new ChannelOpenMessage();
            message.ChannelType = reader.ReadText(maxFieldLength);
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
            writer.WriteText(ChannelType);
            writer.WriteUInt32(SenderChannel);
            writer.WriteUInt32(InitialWindowSize);
            writer.WriteUInt32(MaximumPacketSize);
            writer.WriteRaw(TypeData, TypeDataOffset, TypeDataLength);
        }
    }
}
