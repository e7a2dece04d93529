using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Messages
{
    /// <summary>
    /// SSH_MSG_USERAUTH_REQUEST (50), RFC 4252 §5 with the publickey method of §7: without a signature it
    /// asks whether the key is acceptable; with one it authenticates. Other methods keep only their name.
    /// </summary>
    public sealed class UserAuthRequestMessage
    {
        public const byte Number = SshMessageNumbers.UserAuthRequest;
        public const string PublicKeyMethod = "publickey";

        public UserAuthRequestMessage(string userName, string serviceName, string algorithm, byte[] publicKeyBlob)
        {
            UserName = userName;
            ServiceName = serviceName;
            MethodName = PublicKeyMethod;
            Algorithm = algorithm;
            PublicKeyBlob = publicKeyBlob;
        }

        public string UserName { get; }

        public string ServiceName { get; }

        public string MethodName { get; private set; }

        public string Algorithm { get; }

        public byte[] PublicKeyBlob { get; }

        /// <summary>The signature blob (string algorithm, string signature), or null for a query.</summary>
        public byte[]? Signature { get; set; }

        public static UserAuthRequestMessage Read(byte[] buffer, int offset, int count, int maxField)
        {
            SshReader reader = new SshReader(buffer, offset, count);
            MessageHeader.Expect(ref reader, Number);
            string user = reader.ReadText(maxField);
            string service = reader.ReadText(maxField);
            string method = reader.ReadText(maxField);
            if (method != PublicKeyMethod)
            {
                UserAuthRequestMessage other = new UserAuthRequestMessage(user, service, string.Empty, new byte[0]);
                other.MethodName = method;
                return other;
            }

            bool signed = reader.ReadBoolean();
            string algorithm = reader.ReadText(maxField);
            byte[] blob = reader.ReadStringBytes(maxField);
            UserAuthRequestMessage message = new UserAuthRequestMessage(user, service, algorithm, blob);
            if (signed)
            {
                message.Signature = reader.ReadStringBytes(maxField);
            }

            reader.ExpectEnd();
            return message;
        }

        public int Write(byte[] buffer, int offset)
        {
            SshWriter writer = new SshWriter(buffer, offset);
            WriteFields(ref writer, Signature != null);
            if (Signature != null)
            {
                writer.WriteString(Signature, 0, Signature.Length);
            }

            return writer.Length;
        }

        /// <summary>The data the publickey signature covers (RFC 4252 §7): string session id, then the request
        /// up to the public key blob with the signature flag TRUE.</summary>
        public int WriteSignedData(byte[] buffer, int offset, byte[] sessionId)
        {
            SshWriter writer = new SshWriter(buffer, offset);
            writer.WriteString(sessionId, 0, sessionId.Length);
            WriteFields(ref writer, true);
            return writer.Length;
        }

        private void WriteFields(ref SshWriter writer, bool signed)
        {
            writer.WriteByte(Number);
            writer.WriteText(UserName);
            writer.WriteText(ServiceName);
            writer.WriteText(MethodName);
            writer.WriteBoolean(signed);
            writer.WriteText(Algorithm);
            writer.WriteString(PublicKeyBlob, 0, PublicKeyBlob.Length);
        }
    }
}
