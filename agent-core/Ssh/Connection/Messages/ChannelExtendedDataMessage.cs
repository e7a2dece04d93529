using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §5.2: byte SSH_MSG_CHANNEL_EXTENDED_DATA, uint32 recipient channel,
    /// uint32 data_type_code (1 = stderr), string data. The data is a segment of the payload (no copy).</summary>
    public sealed class ChannelExtendedDataMessage
    {
        public const byte MessageNumber = 95;

        /// <summary>Bytes besides the data itself: number, channel, type code, string length.</summary>
        public const int Overhead = 1 + 4 + 4 + 4;

        public uint RecipientChannel { get; set; }

        public uint DataTypeCode { get; set; }

        public byte[] Data { get; set; } = ConnectionMessage.NoData;

        public int DataOffset { get; set; }

        public int DataLength { get; set; }

        public static ChannelExtendedDataMessage Read(byte[] payload, int offset, int count, int maxDataLength)
        {
            SshReader reader = ConnectionMessage.Open(payload, offset, count, MessageNumber);
            ChannelExtendedDataMessage message = new ChannelExtendedDataMessage();
            message.RecipientChannel = reader.ReadUInt32();
            message.DataTypeCode = reader.ReadUInt32();
            int dataOffset;
            int dataLength;
            reader.ReadString(maxDataLength, out dataOffset, out dataLength);
            reader.ExpectEnd();
            message.Data = payload;
            message.DataOffset = dataOffset;
            message.DataLength = dataLength;
            return message;
        }

        public void Write(ref SshWriter writer)
        {
            Write(ref writer, RecipientChannel, DataTypeCode, Data, DataOffset, DataLength);
        }

        public static void Write(ref SshWriter writer, uint recipientChannel, uint dataTypeCode, byte[] data, int offset, int count)
        {
            writer.WriteByte(MessageNumber);
            writer.WriteUInt32(recipientChannel);
            writer.WriteUInt32(dataTypeCode);
            writer.WriteString(data, offset, count);
        }
    }
}
