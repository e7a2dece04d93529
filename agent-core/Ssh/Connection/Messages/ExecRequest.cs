using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §6.5 "exec" request data: string command.</summary>
    public sealed class ExecRequest
    {
        public const string Type = "exec";

        public string Command { get; set; } = string.Empty;

        public static ExecRequest Parse(ChannelRequestMessage request, int maxFieldLength)
        {
            SshReader reader = request.OpenTypeData();
            ExecRequest exec = new ExecRequest();
            exec.Command = reader.ReadText(maxFieldLength);
            reader.ExpectEnd();
            return exec;
        }

        public void WriteData(ref SshWriter writer)
        {
            writer.WriteText(Command);
        }
    }
}
