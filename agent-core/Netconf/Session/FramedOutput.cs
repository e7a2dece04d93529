using Callhome.AgentCore.Netconf.Framing;

namespace Callhome.AgentCore.Netconf.Session
{
    /// <summary>Lets the XML writer stream a reply into the current message's frames.</summary>
    internal sealed class FramedOutput : INetconfOutput
    {
        private readonly NetconfFrameWriter frames;

        public FramedOutput(NetconfFrameWriter frames)
        {
            this.frames = frames;
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            frames.WritePart(buffer, offset, count);
        }
    }
}
