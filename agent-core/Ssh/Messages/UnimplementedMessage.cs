using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Messages
{
    /// <summary>SSH_MSG_UNIMPLEMENTED (3), RFC 4253 §11.4: names the rejected packet by sequence number.</summary>
    public sealed class UnimplementedMessage
    {
        public const byte Number = SshMessageNumbers.Unimplemented;

        public UnimplementedMessage(uint sequenceNumber)
        {
            SequenceNumber = sequenceNumber;
        }

        public uint SequenceNumber { get; }

        public static UnimplementedMessage Read(byte[] buffer, int offset, int count)
        {
            SshReader reader = new SshReader(buffer, offset, count);
            MessageHeader.Expect(ref reader, Number);
            uint sequence = reader.ReadUInt32();
            reader.ExpectEnd();
            return new UnimplementedMessage(sequence);
        }

        public int Write(byte[] buffer, int offset)
        {
            SshWriter writer = new SshWriter(buffer, offset);
            writer.WriteByte(Number);
            writer.WriteUInt32(SequenceNumber);
            return writer.Length;
        }
    }
}
