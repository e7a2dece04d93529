using System;
using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Netconf.Xml;

namespace Callhome.AgentCore.Netconf.Notifications
{
    /// <summary>
    /// A session's subscription to the NETCONF stream (RFC 5277 §2.1.1): its filter and its optional stop
    /// time. Replayed events go first, then replayComplete (§3.6); live events follow as they are published;
    /// once an event passes stopTime, notificationComplete ends it. Everything runs under the session's write
    /// lock, the one lock both the session's thread and the publisher's take, so they cannot deadlock.
    /// </summary>
    internal sealed class Subscription : INotificationSink
    {
        public const string NetmodNotification = "urn:ietf:params:xml:ns:netmod:notification";

        private readonly NetconfSession session;
        private readonly EventStream stream;
        private readonly XmlElement? filter;
        private readonly bool hasStop;
        private readonly DateTime stop;
        private bool ended;

        public Subscription(NetconfSession session, EventStream stream, XmlElement? filter, bool hasStop, DateTime stop)
        {
            this.session = session;
            this.stream = stream;
            this.filter = filter;
            this.hasStop = hasStop;
            this.stop = stop;
        }

        public void Deliver(NetconfEvent netconfEvent)
        {
            lock (session.WriteLock)
            {
                if (ended || session.IsClosed)
                {
                    stream.Unsubscribe(this);
                    return;
                }

                if (hasStop && netconfEvent.EventTime > stop)
                {
                    End(netconfEvent.EventTime);
                    return;
                }

                Send(netconfEvent);
            }
        }

        /// <summary>Sends the buffered events from startTime on, then replayComplete.</summary>
        public void Replay(NetconfEvent[] buffered, DateTime start, DateTime now)
        {
            lock (session.WriteLock)
            {
                for (int i = 0; i < buffered.Length && !ended; i++)
                {
                    NetconfEvent old = buffered[i];
                    if (old.EventTime >= start && (!hasStop || old.EventTime <= stop))
                    {
                        Send(old);
                    }
                }

                session.WriteNotification(now, NetmodNotification, "replayComplete", null, null);
                if (hasStop && stop <= now)
                {
                    End(now);
                }
            }
        }

        public void Cancel()
        {
            lock (session.WriteLock)
            {
                ended = true;
                stream.Unsubscribe(this);
            }
        }

        private void Send(NetconfEvent netconfEvent)
        {
            DataNode root = new DataNode(string.Empty, string.Empty, null, false);
            root.Add(netconfEvent.Content);
            if (filter == null || SubtreeFilter.SelectsAny(root, filter))
            {
                session.WriteNotification(netconfEvent.EventTime, string.Empty, string.Empty, root, filter);
            }
        }

        private void End(DateTime now)
        {
            session.WriteNotification(now, NetmodNotification, "notificationComplete", null, null);
            ended = true;
            stream.Unsubscribe(this);
            session.EndSubscription(this);
        }
    }
}
