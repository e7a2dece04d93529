using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Messages
{
    /// <summary>SSH_MSG_KEX_ECDH_INIT (30), RFC 5656 §4 / RFC 8731 §3: the client's ephemeral public key Q_C.</summary>
    public sealed class KexEcdhInitMessage
    {
        public const byte Number = SshMessageNumbers.KexEcdhInit;

        public KexEcdhInitMessage(byte[] clientPublicKey)
        {
            ClientPublicKey = clientPublicKey;
        }

        public byte[] ClientPublicKey { get; }

        public static KexEcdhInitMessage Read(byte[] buffer, int offset, int count, int maxField)
        {
            SshReader reader = new SshReader(buffer, offset, count);
            MessageHeader.Expect(ref reader, Number);
            byte[] key = reader.ReadStringBytes(maxField);
            reader.ExpectEnd();
            return new KexEcdhInitMessage(key);
        }

        public int Write(byte[] buffer, int offset)
        {
            SshWriter writer = new SshWriter(buffer, offset);
            writer.WriteByte(Number);
            writer.WriteString(ClientPublicKey, 0, ClientPublicKey.Length);
            return writer.Length;
        }
    }
}
