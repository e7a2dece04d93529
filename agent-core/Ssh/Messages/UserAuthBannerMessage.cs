using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Messages
{
    /// <summary>SSH_MSG_USERAUTH_BANNER (53), RFC 4252 §5.4.</summary>
    public sealed class UserAuthBannerMessage
    {
        public const byte Number = SshMessageNumbers.UserAuthBanner;

        public UserAuthBannerMessage(string text)
        {
            Text = text ?? string.Empty;
        }

        public string Text { get; }

        public static UserAuthBannerMessage Read(byte[] buffer, int offset, int count, int maxField)
        {
            SshReader reader = new SshReader(buffer, offset, count);
            MessageHeader.Expect(ref reader, Number);
            string text = reader.ReadText(maxField);
            reader.ReadText(maxField);
            reader.ExpectEnd();
            return new UserAuthBannerMessage(text);
        }

        public int Write(byte[] buffer, int offset)
        {
            SshWriter writer = new SshWriter(buffer, offset);
            writer.WriteByte(Number);
            writer.WriteText(Text);
            writer.WriteText(string.Empty);
            return writer.Length;
        }
    }
}
