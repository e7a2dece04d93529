using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Messages
{
    /// <summary>SSH_MSG_USERAUTH_FAILURE (51), RFC 4252 §5.1.</summary>
    public sealed class UserAuthFailureMessage
    {
        public const byte Number = SshMessageNumbers.UserAuthFailure;

        public UserAuthFailureMessage(string methodsThatCanContinue, bool partialSuccess)
        {
            MethodsThatCanContinue = methodsThatCanContinue ?? string.Empty;
            PartialSuccess = partialSuccess;
        }

        public string MethodsThatCanContinue { get; }

        public bool PartialSuccess { get; }

        public static UserAuthFailureMessage Read(byte[] buffer, int offset, int count, int maxField)
        {
            SshReader reader = new SshReader(buffer, offset, count);
            MessageHeader.Expect(ref reader, Number);
            string methods = reader.ReadText(maxField);
            bool partial = reader.ReadBoolean();
            reader.ExpectEnd();
            return new UserAuthFailureMessage(methods, partial);
        }

        public int Write(byte[] buffer, int offset)
        {
            SshWriter writer = new SshWriter(buffer, offset);
            writer.WriteByte(Number);
            writer.WriteText(MethodsThatCanContinue);
            writer.WriteBoolean(PartialSuccess);
            return writer.Length;
        }
    }
}
