using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §4: byte SSH_MSG_REQUEST_SUCCESS, then response-specific data (e.g. the bound port
    /// of "tcpip-forward", §7.1), kept as a segment of the payload.</summary>
    public sealed class RequestSuccessMessage
    {
        public const byte MessageNumber = 81;

        public byte[] ResponseData { get; set; } = ConnectionMessage.NoData;

        public int ResponseDataOffset { get; set; }

        public int ResponseDataLength { get; set; }

        public static RequestSuccessMessage Read(byte[] payload, int offset, int count)
        {
            SshReader reader = ConnectionMessage.Open(payload, offset, count, MessageNumber);
            RequestSuccessMessage message = new RequestSuccessMessage();
            message.ResponseData = payload;
            message.ResponseDataOffset = reader.Position;
            message.ResponseDataLength = reader.Remaining;
            return message;
        }

        public void Write(ref SshWriter writer)
        {
            writer.WriteByte(MessageNumber);
            writer.WriteRaw(ResponseData, ResponseDataOffset, ResponseDataLength);
        }
    }
}
