using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §5.4: byte SSH_MSG_CHANNEL_REQUEST, uint32 recipient channel, string request type,
    /// boolean want reply, then type-specific data, kept as a segment of the payload; the typed requests
    /// (<see cref="ExecRequest"/>, <see cref="SubsystemRequest"/>, ...) parse and write it.</summary>
    public sealed class ChannelRequestMessage
    {
        public const byte MessageNumber = 98;

        public uint RecipientChannel { get; set; }

        public string RequestType { get; set; } = string.Empty;

        public bool WantReply { get; set; }

        public byte[] TypeData { get; set; } = ConnectionMessage.NoData;

        public int TypeDataOffset { get; set; }

        public int TypeDataLength { get; set; }

        public static ChannelRequestMessage Read(byte[] payload, int offset, int count, int maxFieldLength)
        {
            SshReader reader = ConnectionMessage.Open(payload, offset, count, MessageNumber);
            ChannelRequestMessage message = new ChannelRequestMessage();
            message.RecipientChannel = reader.ReadUInt32();
            message.RequestType = reader.ReadText(maxFieldLength);
            message.WantReply = reader.ReadBoolean();
            message.TypeData = payload;
            message.TypeDataOffset = reader.Position;
            message.TypeDataLength = reader.Remaining;
            return message;
        }

        /// <summary>A reader over the type-specific data only, for the typed request parsers.</summary>
        public SshReader OpenTypeData()
        {
            return new SshReader(TypeData, TypeDataOffset, TypeDataLength);
        }

        public void Write(ref SshWriter writer)
        {
            WriteHeader(ref writer, RecipientChannel, RequestType, WantReply);
            writer.WriteRaw(TypeData, TypeDataOffset, TypeDataLength);
        }

        /// <summary>Everything before the type-specific data, which a typed request writes next.</summary>
        public static void WriteHeader(ref SshWriter writer, uint recipientChannel, string requestType, bool wantReply)
        {
            writer.WriteByte(MessageNumber);
            writer.WriteUInt32(recipientChannel);
            writer.WriteText(requestType);
            writer.WriteBoolean(wantReply);
        }
    }
}
