using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §6.5 "shell" request: no type-specific data.</summary>
    public static class ShellRequest
    {
        public const string Type = "shell";

        /// <summary>Fails on any type-specific data (a shell request carries none).</summary>
        public static void Parse(ChannelRequestMessage request)
        {
            SshReader reader = request.OpenTypeData();
            reader.ExpectEnd();
        }
    }
}
