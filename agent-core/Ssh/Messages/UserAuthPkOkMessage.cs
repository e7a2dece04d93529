using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Messages
{
    /// <summary>SSH_MSG_USERAUTH_PK_OK (60), RFC 4252 §7: the server would accept a signature by this key.</summary>
    public sealed class UserAuthPkOkMessage
    {
        public const byte Number = SshMessageNumbers.UserAuthPkOk;

        public UserAuthPkOkMessage(string algorithm, byte[] publicKeyBlob)
        {
            Algorithm = algorithm;
            PublicKeyBlob = publicKeyBlob;
        }

        public string Algorithm { get; }

        public byte[] PublicKeyBlob { get; }

        public static UserAuthPkOkMessage Read(byte[] buffer, int offset, int count, int maxField)
        {
            SshReader reader = new SshReader(buffer, offset, count);
            MessageHeader.Expect(ref reader, Number);
            string algorithm = reader.ReadText(maxField);
            byte[] blob = reader.ReadStringBytes(maxField);
            reader.ExpectEnd();
            return new UserAuthPkOkMessage(algorithm, blob);
        }

        public int Write(byte[] buffer, int offset)
        {
            SshWriter writer = new SshWriter(buffer, offset);
            writer.WriteByte(Number);
            writer.WriteText(Algorithm);
            writer.WriteString(PublicKeyBlob, 0, PublicKeyBlob.Length);
            return writer.Length;
        }
    }
}
