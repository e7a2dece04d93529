namespace Callhome.AgentCore.Netconf.Xml
{
    /// <summary>Bounds on what one document may hold; the byte size is bounded by the framing's message limit
    /// (NetconfLimits). A document past any bound is refused, never truncated.</summary>
    public sealed class XmlLimits
    {
        public XmlLimits(int maxDepth, int maxElements, int maxAttributes, int maxNameLength)
        {
            MaxDepth = maxDepth;
            MaxElements = maxElements;
            MaxAttributes = maxAttributes;
            MaxNameLength = maxNameLength;
        }

        /// <summary>Nesting depth of elements; the root is depth 1.</summary>
        public int MaxDepth { get; }

        public int MaxElements { get; }

        /// <summary>Attributes on one element, namespace declarations included.</summary>
        public int MaxAttributes { get; }

        /// <summary>Characters in one qualified name (prefix, colon and local name).</summary>
        public int MaxNameLength { get; }

        /// <summary>Enough for the deepest NETCONF request of our YANG modules with room to spare.</summary>
        public static XmlLimits Default()
        {
            return new XmlLimits(32, 4096, 16, 128);
        }
    }
}
