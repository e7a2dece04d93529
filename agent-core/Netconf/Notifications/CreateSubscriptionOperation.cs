using System;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Netconf.Xml;
using Callhome.Hal;

namespace Callhome.AgentCore.Netconf.Notifications
{
    /// <summary>create-subscription (RFC 5277 §2.1.1) on the NETCONF stream, with subtree filter and replay
    /// from the stream's buffer (startTime, stopTime). One subscription per session.</summary>
    public sealed class CreateSubscriptionOperation : IRpcHandler
    {
        private readonly EventStream stream;
        private readonly IRealTimeClock clock;

        public CreateSubscriptionOperation(EventStream stream, IRealTimeClock clock)
        {
            this.stream = stream;
            this.clock = clock;
        }

        public void Handle(NetconfSession session, XmlElement operation, RpcContext reply)
        {
            string ns = NetconfNamespaces.Notification;
            bool synchronised = clock.TryGetUtcNow(out DateTime now);
            XmlElement? streamName = operation.FirstChild(ns, "stream");
            if (streamName != null && streamName.Text.Trim() != EventStream.Name)
            {
                reply.Error(Bad(RpcErrorTags.InvalidValue, "stream", "the only stream is NETCONF"));
                return;
            }

            XmlElement? startElement = operation.FirstChild(ns, "startTime");
            XmlElement? stopElement = operation.FirstChild(ns, "stopTime");
            DateTime start = DateTime.MinValue;
            DateTime stop = DateTime.MaxValue;
            if (startElement != null && !DateTimeText.TryParse(startElement.Text, out start))
            {
                reply.Error(Bad(RpcErrorTags.InvalidValue, "startTime", "startTime is not an RFC 3339 date-time"));
                return;
            }

            if (stopElement != null && !DateTimeText.TryParse(stopElement.Text, out stop))
            {
                reply.Error(Bad(RpcErrorTags.InvalidValue, "stopTime", "stopTime is not an RFC 3339 date-time"));
                return;
            }

            // §2.1.1: stopTime needs startTime and must follow it; startTime may not be in the future.
            if (stopElement != null && startElement == null)
            {
                reply.Error(Bad(RpcErrorTags.MissingElement, "startTime", "stopTime without startTime"));
                return;
            }

            if (stopElement != null && stop < start)
            {
                reply.Error(Bad(RpcErrorTags.BadElement, "stopTime", "stopTime before startTime"));
                return;
            }

            if (startElement != null && synchronised && start > now)
            {
                reply.Error(Bad(RpcErrorTags.BadElement, "startTime", "startTime is in the future"));
                return;
            }

            XmlElement? filter = operation.FirstChild(ns, "filter");
            string? type = filter == null ? null : filter.AttributeValue(string.Empty, "type");
            if (type != null && type != "subtree")
            {
                RpcError badType = Bad(RpcErrorTags.BadAttribute, "filter", "filter type " + type + " is not supported");
                badType.BadAttribute = "type";
                reply.Error(badType);
                return;
            }

            if (session.HasSubscription)
            {
                reply.Error(new RpcError(RpcErrorType.Protocol, RpcErrorTags.OperationFailed, "this session already has a subscription"));
                return;
            }

            Subscription subscription = new Subscription(session, stream, filter, stopElement != null, stop);
            reply.Ok();
            session.BeginSubscription(subscription);
            NetconfEvent[] buffered = stream.Subscribe(subscription, startElement != null);
            if (startElement != null)
            {
                subscription.Replay(buffered, start, now);
            }
        }

        private static RpcError Bad(string tag, string element, string message)
        {
            RpcError error = new RpcError(RpcErrorType.Protocol, tag, message);
            error.BadElement = element;
            return error;
        }
    }
}
