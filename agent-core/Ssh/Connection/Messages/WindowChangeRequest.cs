using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §6.7 "window-change" request data (want reply FALSE): uint32 terminal width
    /// (columns), uint32 height (rows), uint32 width (pixels), uint32 height (pixels).</summary>
    public sealed class WindowChangeRequest
    {
        public const string Type = "window-change";

        public uint WidthCharacters { get; set; }

        public uint HeightRows { get; set; }

        public uint WidthPixels { get; set; }

        public uint HeightPixels { get; set; }

        public static WindowChangeRequest Parse(ChannelRequestMessage request)
        {
            SshReader reader = request.OpenTypeData();
            WindowChangeRequest change = new WindowChangeRequest();
            change.WidthCharacters = reader.ReadUInt32();
            change.HeightRows = reader.ReadUInt32();
            change.WidthPixels = reader.ReadUInt32();
            change.HeightPixels = reader.ReadUInt32();
            reader.ExpectEnd();
            return change;
        }

        public void WriteData(ref SshWriter writer)
        {
            writer.WriteUInt32(WidthCharacters);
            writer.WriteUInt32(HeightRows);
            writer.WriteUInt32(WidthPixels);
            writer.WriteUInt32(HeightPixels);
        }
    }
}
