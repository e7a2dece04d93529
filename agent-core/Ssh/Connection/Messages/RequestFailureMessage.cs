using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §4: byte SSH_MSG_REQUEST_FAILURE, nothing else.</summary>
    public sealed class RequestFailureMessage
    {
        public const byte MessageNumber = 82;

        public static RequestFailureMessage Read(byte[] payload, int offset, int count)
        {
            SshReader reader = ConnectionMessage.Open(payload, offset, count, MessageNumber);
            reader.ExpectEnd();
            return new RequestFailureMessage();
        }

        public static void Write(ref SshWriter writer)
        {
            writer.WriteByte(MessageNumber);
        }
    }
}
