using System.Collections;

namespace Callhome.AgentCore.Netconf.Notifications
{
    /// <summary>
    /// The NETCONF event stream (RFC 5277 §3.2.3) with its replay buffer: the last <see cref="Capacity"/>
    /// events are kept, the oldest dropped and counted when full, so events raised while no manager is
    /// connected are still there for a subscription's startTime. Live subscribers get each event as it is
    /// published. Publishing may come from the poller's thread while sessions read from theirs.
    /// </summary>
    public sealed class EventStream
    {
        public const string Name = "NETCONF";

        private readonly NetconfEvent?[] ring;
        private readonly ArrayList sinks = new ArrayList();
        private int first;
        private int count;
        private long published;

        public EventStream(int capacity)
        {
            ring = new NetconfEvent[capacity];
        }

        public int Capacity
        {
            get { return ring.Length; }
        }

        /// <summary>Events dropped from the replay buffer because it was full.</summary>
        public long Dropped { get; private set; }

        public int Count
        {
            get
            {
                lock (sinks)
                {
                    return count;
                }
            }
        }

        public void Publish(NetconfEvent netconfEvent)
        {
            object?[] targets;
            lock (sinks)
            {
                netconfEvent.Sequence = ++published;
                if (count == ring.Length)
                {
                    ring[first] = null;
                    first = (first + 1) % ring.Length;
                    count--;
                    Dropped++;
                }

                ring[(first + count) % ring.Length] = netconfEvent;
                count++;
                targets = sinks.ToArray();
            }

            for (int i = 0; i < targets.Length; i++)
            {
                ((INotificationSink)targets[i]!).Deliver(netconfEvent);
            }
        }

        /// <summary>Subscribes a sink and returns, atomically with it, the buffered events when replay is asked
        /// for, so no event is missed or sent twice between the replay and the live stream.</summary>
        public NetconfEvent[] Subscribe(INotificationSink sink, bool replay)
        {
            lock (sinks)
            {
                sinks.Add(sink);
                NetconfEvent[] buffered = new NetconfEvent[replay ? count : 0];
                for (int i = 0; i < buffered.Length; i++)
                {
                    buffered[i] = ring[(first + i) % ring.Length]!;
                }

                return buffered;
            }
        }

        public void Unsubscribe(INotificationSink sink)
        {
            lock (sinks)
            {
                sinks.Remove(sink);
            }
        }
    }
}
