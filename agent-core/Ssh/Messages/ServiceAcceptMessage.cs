using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Messages
{
    /// <summary>SSH_MSG_SERVICE_ACCEPT (6), RFC 4253 §10.</summary>
    public sealed class ServiceAcceptMessage
    {
        public const byte Number = SshMessageNumbers.ServiceAccept;

        public ServiceAcceptMessage(string serviceName)
        {
            ServiceName = serviceName;
        }

        public string ServiceName { get; }

        public static ServiceAcceptMessage Read(byte[] buffer, int offset, int count, int maxField)
        {
            SshReader reader = new SshReader(buffer, offset, count);
            MessageHeader.Expect(ref reader, Number);
            string name = reader.ReadText(maxField);
            reader.ExpectEnd();
            return new ServiceAcceptMessage(name);
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
