using System;

namespace Callhome.AgentCore.Netconf.Framing
{
    /// <summary>A framing error. RFC 6242 §4.2: the receiver of a malformed chunked message terminates the
    /// NETCONF session; the same is done for an end-of-message frame that overruns the message limit.</summary>
    public sealed class NetconfFramingException : Exception
    {
        public NetconfFramingException(string message)
            : base(message)
        {
        }
    }
}
