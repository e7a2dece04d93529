using System;

namespace Callhome.AgentCore.Netconf.Xml
{
    /// <summary>A document that is not well-formed XML 1.0, uses what this reader refuses (DTDs, entities other
    /// than the five predefined ones) or passes an <see cref="XmlLimits"/> bound. NETCONF answers it with
    /// rpc-error malformed-message (RFC 6241 §4.3, Appendix A).</summary>
    public sealed class XmlFormatException : Exception
    {
        public XmlFormatException(string message, int offset)
            : base(message + " at byte " + offset)
        {
            Offset = offset;
        }

        /// <summary>Byte offset in the document where the problem was found.</summary>
        public int Offset { get; }
    }
}
