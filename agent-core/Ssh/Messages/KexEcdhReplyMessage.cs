using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Messages
{
    /// <summary>SSH_MSG_KEX_ECDH_REPLY (31), RFC 5656 §4: host key blob K_S, Q_S and the signature of H.</summary>
    public sealed class KexEcdhReplyMessage
    {
        public const byte Number = SshMessageNumbers.KexEcdhReply;

        public KexEcdhReplyMessage(byte[] hostKey, byte[] serverPublicKey, byte[] signature)
        {
            HostKey = hostKey;
            ServerPublicKey = serverPublicKey;
            Signature = signature;
        }

        public byte[] HostKey { get; }

        public byte[] ServerPublicKey { get; }

        public byte[] Signature { get; }

        public static KexEcdhReplyMessage Read(byte[] buffer, int offset, int count, int maxField)
        {
            SshReader reader = new SshReader(buffer, offset, count);
            MessageHeader.Expect(ref reader, Number);
            byte[] hostKey = reader.ReadStringBytes(maxField);
            byte[] serverKey = reader.ReadStringBytes(maxField);
            byte[] signature = reader.ReadStringBytes(maxField);
            reader.ExpectEnd();
            return new KexEcdhReplyMessage(hostKey, serverKey, signature);
        }

        public int Write(byte[] buffer, int offset)
        {
            SshWriter writer = new SshWriter(buffer, offset);
            writer.WriteByte(Number);
            writer.WriteString(HostKey, 0, HostKey.Length);
            writer.WriteString(ServerPublicKey, 0, ServerPublicKey.Length);
            writer.WriteString(Signature, 0, Signature.Length);
            return writer.Length;
        }
    }
}
