using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Messages
{
    /// <summary>SSH_MSG_SERVICE_REQUEST (5), RFC 4253 §10.</summary>
    public sealed class ServiceRequestMessage
    {
        public const byte Number = SshMessageNumbers.ServiceRequest;

        public ServiceRequestMessage(string serviceName)
        {
            ServiceName = serviceName;
        }

        public string ServiceName { get; }

        public static ServiceRequestMessage Read(byte[] buffer, int offset, int count, int maxField)
        {
            SshReader reader = new SshReader(buffer, offset, count);
            MessageHeader.Expect(ref reader, Number);
            string name = reader.ReadText(maxField);
            reader.ExpectEnd();
            return new ServiceRequestMessage(name);
        }

        public int Write(byte[] buffer, int offset)
        {
            SshWriter writer = new SshWriter(buffer, offset);
            writer.WriteByte(Number);
            writer.WriteText(ServiceName);
            return writer.Length;
        }
    }
}
