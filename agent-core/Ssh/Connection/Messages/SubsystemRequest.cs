using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §6.5 "subsystem" request data: string subsystem name (e.g. "netconf", RFC 6242 §3;
    /// "snmp", RFC 5592 §4.2).</summary>
    public sealed class SubsystemRequest
    {
        public const string Type = "subsystem";

        public string Name { get; set; } = string.Empty;

        public static SubsystemRequest Parse(ChannelRequestMessage request, int maxFieldLength)
        {
            SshReader reader = request.OpenTypeData();
            SubsystemRequest subsystem = new SubsystemRequest();
            subsystem.Name = reader.ReadText(maxFieldLength);
            reader.ExpectEnd();
            return subsystem;
        }

        public void WriteData(ref SshWriter writer)
        {
            writer.WriteText(Name);
        }
    }
}
