using System;
using Callhome.AgentCore.Netconf.Data;

namespace Callhome.AgentCore.Netconf.Notifications
{
    /// <summary>One event for the NETCONF stream (RFC 5277 §4): its time and its content, a YANG notification
    /// node (its leaves say what happened and, where the clock was not yet set, that eventTime is not to be
    /// trusted).</summary>
    public sealed class NetconfEvent
    {
        public NetconfEvent(DateTime eventTime, DataNode content)
        {
            EventTime = eventTime;
            Content = content;
        }

        public DateTime EventTime { get; }

        public DataNode Content { get; }

        /// <summary>Position in the stream, from 1; set by the buffer.</summary>
        public long Sequence { get; internal set; }
    }
}
