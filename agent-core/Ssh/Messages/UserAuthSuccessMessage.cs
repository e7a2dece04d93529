using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Messages
{
    /// <summary>SSH_MSG_USERAUTH_SUCCESS (52), RFC 4252 §5.1: no fields.</summary>
    public static class UserAuthSuccessMessage
    {
        public const byte Number = SshMessageNumbers.UserAuthSuccess;

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
