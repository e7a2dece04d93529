using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §5.2: byte SSH_MSG_CHANNEL_DATA, uint32 recipient channel, string data.
    /// The data is a segment of the payload it was read from (no copy), valid while that buffer is.</summary>
    public sealed class ChannelDataMessage
    {
        public const byte MessageNumber = 94;

        /// <summary>Bytes of a data message besides the data itself: number, channel, string length.</summary>
        public const int Overhead = 1 + 4 + 4;

        public uint RecipientChannel { get; set; }

        public byte[] Data { get; set; } = ConnectionMessage.NoData;

        public int DataOffset { get; set; }

        public int DataLength { get; set; }

        /// <summary>Reads one message; data longer than <paramref name="maxDataLength"/> (our maximum packet
        /// size) is rejected before it is used.</summary>
        public static ChannelDataMessage Read(byte[] payload, int offset, int count, int maxDataLength)
        {
            SshReader reader = ConnectionMessage.Open(payload, offset, count, MessageNumber);
            ChannelDataMessage message = new ChannelDataMessage();
            message.RecipientChannel = reader.ReadUInt32();
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
            Write(ref writer, RecipientChannel, Data, DataOffset, DataLength);
        }

        /// <summary>Writes a data message without creating a message object (the send path).</summary>
        public static void Write(ref SshWriter writer, uint recipientChannel, byte[] data, int offset, int count)
        {
            writer.WriteByte(MessageNumber);
            writer.WriteUInt32(recipientChannel);
            writer.WriteString(data, offset, count);
        }
    }
}
