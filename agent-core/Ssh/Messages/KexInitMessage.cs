using System;
using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Messages
{
    /// <summary>SSH_MSG_KEXINIT (20), RFC 4253 §7.1: a cookie and ten name-lists.</summary>
    public sealed class KexInitMessage
    {
        public const byte Number = SshMessageNumbers.KexInit;
        public const int CookieLength = 16;

        public KexInitMessage()
        {
            Cookie = new byte[CookieLength];
            KexAlgorithms = string.Empty;
            ServerHostKeyAlgorithms = string.Empty;
            EncryptionClientToServer = string.Empty;
            EncryptionServerToClient = string.Empty;
            MacClientToServer = string.Empty;
            MacServerToClient = string.Empty;
            CompressionClientToServer = string.Empty;
            CompressionServerToClient = string.Empty;
            LanguagesClientToServer = string.Empty;
            LanguagesServerToClient = string.Empty;
        }

        public byte[] Cookie { get; }

        public string KexAlgorithms { get; set; }

        public string ServerHostKeyAlgorithms { get; set; }

        public string EncryptionClientToServer { get; set; }

        public string EncryptionServerToClient { get; set; }

        public string MacClientToServer { get; set; }

        public string MacServerToClient { get; set; }

        public string CompressionClientToServer { get; set; }

        public string CompressionServerToClient { get; set; }

        public string LanguagesClientToServer { get; set; }

        public string LanguagesServerToClient { get; set; }

        public bool FirstKexPacketFollows { get; set; }

        public static KexInitMessage Read(byte[] buffer, int offset, int count, int maxField)
        {
            SshReader reader = new SshReader(buffer, offset, count);
            MessageHeader.Expect(ref reader, Number);
            KexInitMessage message = new KexInitMessage();
            int cookieAt = reader.Position;
            reader.Skip(CookieLength);
            Array.Copy(buffer, cookieAt, message.Cookie, 0, CookieLength);
            message.KexAlgorithms = reader.ReadText(maxField);
            message.ServerHostKeyAlgorithms = reader.ReadText(maxField);
            message.EncryptionClientToServer = reader.ReadText(maxField);
            message.EncryptionServerToClient = reader.ReadText(maxField);
            message.MacClientToServer = reader.ReadText(maxField);
            message.MacServerToClient = reader.ReadText(maxField);
            message.CompressionClientToServer = reader.ReadText(maxField);
            message.CompressionServerToClient = reader.ReadText(maxField);
            message.LanguagesClientToServer = reader.ReadText(maxField);
            message.LanguagesServerToClient = reader.ReadText(maxField);
            message.FirstKexPacketFollows = reader.ReadBoolean();
            reader.ReadUInt32(); // reserved
            reader.ExpectEnd();
            return message;
        }

        public int Write(byte[] buffer, int offset)
        {
            SshWriter writer = new SshWriter(buffer, offset);
            writer.WriteByte(Number);
            writer.WriteRaw(Cookie, 0, CookieLength);
            writer.WriteText(KexAlgorithms);
            writer.WriteText(ServerHostKeyAlgorithms);
            writer.WriteText(EncryptionClientToServer);
            writer.WriteText(EncryptionServerToClient);
            writer.WriteText(MacClientToServer);
            writer.WriteText(MacServerToClient);
            writer.WriteText(CompressionClientToServer);
            writer.WriteText(CompressionServerToClient);
            writer.WriteText(LanguagesClientToServer);
            writer.WriteText(LanguagesServerToClient);
            writer.WriteBoolean(FirstKexPacketFollows);
            writer.WriteUInt32(0);
            return writer.Length;
        }
    }
}
