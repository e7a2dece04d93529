using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection.Messages
{
    /// <summary>RFC 4254 §6.2 "pty-req" request data: string TERM, uint32 width (characters), uint32 height
    /// (rows), uint32 width (pixels), uint32 height (pixels), string encoded terminal modes (§8).</summary>
    public sealed class PtyRequest
    {
        public const string Type = "pty-req";

        public string Term { get; set; } = string.Empty;

        public uint WidthCharacters { get; set; }

        public uint HeightRows { get; set; }

        public uint WidthPixels { get; set; }

        public uint HeightPixels { get; set; }

        /// <summary>The §8 opcode/argument stream, terminated by TTY_OP_END (0); kept opaque here.</summary>
        public byte[] TerminalModes { get; set; } = ConnectionMessage.NoData;

        public static PtyRequest Parse(ChannelRequestMessage request, int maxFieldLength)
        {
            SshReader reader = request.OpenTypeData();
            PtyRequest pty = new PtyRequest();
            pty.Term = reader.ReadText(maxFieldLength);
            pty.WidthCharacters = reader.ReadUInt32();
            pty.HeightRows = reader.ReadUInt32();
            pty.WidthPixels = reader.ReadUInt32();
            pty.HeightPixels = reader.ReadUInt32();
            pty.TerminalModes = reader.ReadStringBytes(maxFieldLength);
            reader.ExpectEnd();
            return pty;
        }

        public void WriteData(ref SshWriter writer)
        {
            writer.WriteText(Term);
            writer.WriteUInt32(WidthCharacters);
            writer.WriteUInt32(HeightRows);
            writer.WriteUInt32(WidthPixels);
            writer.WriteUInt32(HeightPixels);
            writer.WriteString(TerminalModes, 0, TerminalModes.Length);
        }
    }
}
