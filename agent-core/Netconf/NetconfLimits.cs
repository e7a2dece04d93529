using Callhome.AgentCore.Netconf.Xml;

namespace Callhome.AgentCore.Netconf
{
    /// <summary>The NETCONF server's memory budget, in one place per board profile.</summary>
    public sealed class NetconfLimits
    {
        public NetconfLimits(int maxMessage, int maxChunk, int writeBuffer, int maxSessions, XmlLimits xml)
        {
            MaxMessage = maxMessage;
            MaxChunk = maxChunk;
            WriteBuffer = writeBuffer;
            MaxSessions = maxSessions;
            Xml = xml;
        }

        /// <summary>Largest request accepted (bytes, framing removed); larger ones end the session.</summary>
        public int MaxMessage { get; }

        /// <summary>Largest chunk we send in base:1.1 framing.</summary>
        public int MaxChunk { get; }

        /// <summary>Reply bytes gathered before they go to the channel.</summary>
        public int WriteBuffer { get; }

        public int MaxSessions { get; }

        public XmlLimits Xml { get; }

        /// <summary>Linux boards and the emulator.</summary>
        public static NetconfLimits Default()
        {
            return new NetconfLimits(256 * 1024, 16 * 1024, 4096, 8, XmlLimits.Default());
        }

        /// <summary>~100 KiB-heap microcontroller boards: requests up to 16 KiB, one manager at a time.</summary>
        public static NetconfLimits Small()
        {
            return new NetconfLimits(16 * 1024, 2048, 1024, 2, new XmlLimits(16, 512, 8, 64));
        }
    }
}
