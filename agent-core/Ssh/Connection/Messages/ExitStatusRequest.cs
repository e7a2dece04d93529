using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §6.10 "exit-status" request data (want reply FALSE): uint32 exit status.</summary>
    public sealed class ExitStatusRequest
    {
        public const string Type = "exit-status";

        public uint ExitStatus { get; set; }

        public static ExitStatusRequest Parse(ChannelRequestMessage request)
        {
            SshReader reader = request.OpenTypeData();
            ExitStatusRequest exit = new ExitStatusRequest();
            exit.ExitStatus = reader.ReadUInt32();
            reader.ExpectEnd();
            return exit;
        }

        public void WriteData(ref SshWriter writer)
        {
            writer.WriteUInt32(ExitStatus);
        }
    }
}
