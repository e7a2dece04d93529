using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §4: byte SSH_MSG_GLOBAL_REQUEST, string request name, boolean want reply, then
    /// request-specific data, kept as a segment of the payload.</summary>
    public sealed class GlobalRequestMessage
    {
        public const byte MessageNumber = 80;

        /// <summary>OpenSSH's liveness probe (PROTOCOL §2.3 of OpenSSH's notes); any reply proves liveness,
        /// so we answer REQUEST_FAILURE as OpenSSH itself does.</summary>
        public const string KeepAliveName = "keepalive@openssh.com";

        /// <summary>OpenSSH's host-key rotation announcement (want reply false); we ignore it.</summary>
        public const string HostKeysName = "hostkeys-00@openssh.com";

        public string RequestName { get; set; } = string.Empty;

        public bool WantReply { get; set; }

        public byte[] RequestData { get; set; } = ConnectionMessage.NoData;

        public int RequestDataOffset { get; set; }

        public int RequestDataLength { get; set; }

        public static GlobalRequestMessage Read(byte[] payload, int offset, int count, int maxFieldLength)
        {
            SshReader reader = ConnectionMessage.Open(payload, offset, count, MessageNumber);
            GlobalRequestMessage message = new GlobalRequestMessage();
            message.RequestName = reader.ReadText(maxFieldLength);
            message.WantReply = reader.ReadBoolean();
            message.RequestData = payload;
            message.RequestDataOffset = reader.Position;
            message.RequestDataLength = reader.Remaining;
            return message;
        }

        public void Write(ref SshWriter writer)
        {
            writer.WriteByte(MessageNumber);
            writer.WriteText(RequestName);
            writer.WriteBoolean(WantReply);
            writer.WriteRaw(RequestData, RequestDataOffset, RequestDataLength);
        }
    }
}
