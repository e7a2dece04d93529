using Callhome.AgentCore.Netconf.Framing;

namespace Callhome.Netconf.Tests.Support
{
    /// <summary>Counts what a session writes and keeps none of it.</summary>
    internal sealed class NullOutput : INetconfOutput
    {
        public long Bytes { get; private set; }

        public void Write(byte[] buffer, int offset, int count) => Bytes += count;
    }
}
