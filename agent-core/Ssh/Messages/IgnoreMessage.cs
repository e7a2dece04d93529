using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Messages
{
    /// <summary>SSH_MSG_IGNORE (2), RFC 4253 §11.2: the data is read past, never kept.</summary>
    public static class IgnoreMessage
    {
        public const byte Number = SshMessageNumbers.Ignore;

        public static void Read(byte[] buffer, int offset, int count, int maxPacket)
        {
            SshReader reader = new SshReader(buffer, offset, count);
            MessageHeader.Expect(ref reader, Number);
            int dataOffset;
            int dataLength;
            reader.ReadString(maxPacket, out dataOffset, out dataLength);
            reader.ExpectEnd();
        }

        public static int Write(byte[] buffer, int offset, byte[] data, int dataOffset, int dataCount)
        {
            SshWriter writer = new SshWriter(buffer, offset);
            writer.WriteByte(Number);
            writer.WriteString(data, dataOffset, dataCount);
            return writer.Length;
        }
    }
}
