using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Messages
{
    /// <summary>SSH_MSG_NEWKEYS (21), RFC 4253 §7.3: no fields.</summary>
    public static class NewKeysMessage
    {
        public const byte Number = SshMessageNumbers.NewKeys;

        public static void Read(byte[] buffer, int offset, int count)
        {
            SshReader reader = new SshReader(buffer, offset, count);
            MessageHeader.Expect(ref reader, Number);
            reader.ExpectEnd();
        }

        public static int Write(byte[] buffer, int offset)
        {
            SshWriter writer = new SshWriter(buffer, offset);
            writer.WriteByte(Number);
            return writer.Length;
        }
    }
}
