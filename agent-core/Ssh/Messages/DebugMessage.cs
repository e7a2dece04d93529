using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Messages
{
    /// <summary>SSH_MSG_DEBUG (4), RFC 4253 §11.3.</summary>
    public sealed class DebugMessage
    {
        public const byte Number = SshMessageNumbers.Debug;

        public DebugMessage(bool alwaysDisplay, string text)
        {
            AlwaysDisplay = alwaysDisplay;
            Text = text ?? string.Empty;
        }

        public bool AlwaysDisplay { get; }

        public string Text { get; }

        public static DebugMessage Read(byte[] buffer, int offset, int count, int maxField)
        {
            SshReader reader = new SshReader(buffer, offset, count);
            MessageHeader.Expect(ref reader, Number);
            bool always = reader.ReadBoolean();
            string text = reader.ReadText(maxField);
            reader.ReadText(maxField);
            reader.ExpectEnd();
            return new DebugMessage(always, text);
        }

        public int Write(byte[] buffer, int offset)
        {
            SshWriter writer = new SshWriter(buffer, offset);
            writer.WriteByte(Number);
            writer.WriteBoolean(AlwaysDisplay);
            writer.WriteText(Text);
            writer.WriteText(string.Empty);
            return writer.Length;
        }
    }
}
