using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §6.10 "exit-signal" request data (want reply FALSE): string signal name without the
    /// "SIG" prefix, boolean core dumped, string error message (UTF-8), string language tag.</summary>
    public sealed class ExitSignalRequest
    {
        public const string Type = "exit-signal";

        public string SignalName { get; set; } = string.Empty;

        public bool CoreDumped { get; set; }

        public string ErrorMessage { get; set; } = string.Empty;

        public string LanguageTag { get; set; } = string.Empty;

        public static ExitSignalRequest Parse(ChannelRequestMessage request, int maxFieldLength)
        {
            SshReader reader = request.OpenTypeData();
            ExitSignalRequest signal = new ExitSignalRequest();
            signal.SignalName = reader.ReadText(maxFieldLength);
            signal.CoreDumped = reader.ReadBoolean();
            signal.ErrorMessage = reader.ReadText(maxFieldLength);
            signal.LanguageTag = reader.ReadText(maxFieldLength);
            reader.ExpectEnd();
            return signal;
        }

        public void WriteData(ref SshWriter writer)
        {
            writer.WriteText(SignalName);
            writer.WriteBoolean(CoreDumped);
            writer.WriteText(ErrorMessage);
            writer.WriteText(LanguageTag);
        }
    }
}
