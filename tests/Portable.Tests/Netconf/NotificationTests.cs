using System;
using Callhome.AgentCore.Netconf;
using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Notifications;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Netconf.Xml;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Netconf
{
    /// <summary>RFC 5277: create-subscription, live and replayed events, filters, stop time, refusals.</summary>
    [TestClass]
    public class NotificationTests
    {
        private const string Notif = NetconfNamespaces.Notification;
        private const string Ups = "urn:example:ups";
        private const string NetmodNs = "urn:ietf:params:xml:ns:netmod:notification";

        [TestMethod]
        public void TheReplayBufferDropsTheOldestAndCounts()
        {
            EventStream stream = new EventStream(3);
            for (int i = 1; i <= 5; i++)
            {
                stream.Publish(Event(i, "e" + i));
            }

            Assert.AreEqual(3, stream.Count);
            Assert.AreEqual(2L, stream.Dropped);
            NetconfEvent[] kept = stream.Subscribe(new NullSink(), true);
            Assert.AreEqual("e3", kept[0].Content.Name, "oldest kept");
            Assert.AreEqual(5L, kept[2].Sequence, "sequence numbers survive");
        }

        [TestMethod]
        public void LiveEventsReachTheSubscriberThroughItsFilter()
        {
            Bench bench = new Bench();
            Assert.IsNotNull(bench.Subscribe("<filter type=\"subtree\"><on-battery xmlns=\"" + Ups + "\"/></filter>").FirstChild(SessionHarness.Base, "ok"), "subscribed");
            bench.Stream.Publish(Event(10, "battery-low"));
            Assert.IsFalse(bench.Manager.HasReply(), "filtered out");
            bench.Stream.Publish(Event(11, "on-battery"));
            XmlElement notification = bench.Manager.Next();
            Assert.IsTrue(notification.Is(Notif, "notification"), "a notification");
            Assert.AreEqual("2026-12-04T10:00:11Z", notification.FirstChild(Notif, "eventTime")!.Text);
            XmlElement content = notification.FirstChild(Ups, "on-battery")!;
            Assert.AreEqual("ups-1", content.FirstChild(Ups, "device")!.Text);
            Assert.IsNotNull(bench.Manager.Rpc("<get/>").FirstChild(SessionHarness.Base, "data"), "rpcs still answered (interleave)");
        }

        [TestMethod]
        public void ReplaySendsBufferedEventsFromStartTimeThenReplayComplete()
        {
            Bench bench = new Bench();
            for (int i = 1; i <= 4; i++)
            {
                bench.Stream.Publish(Event(i, "e" + i));
            }

            bench.Subscribe("<startTime>2026-12-04T10:00:03Z</startTime>");
            Assert.AreEqual("e3", Content(bench.Manager.Next()).LocalName);
            Assert.AreEqual("e4", Content(bench.Manager.Next()).LocalName);
            XmlElement complete = bench.Manager.Next();
            Assert.IsNotNull(complete.FirstChild(NetmodNs, "replayComplete"), "replayComplete after the replay");
            bench.Stream.Publish(Event(20, "e5"));
            Assert.AreEqual("e5", Content(bench.Manager.Next()).LocalName, "then live events");
        }

        [TestMethod]
        public void StopTimeEndsTheSubscriptionWithNotificationComplete()
        {
            Bench bench = new Bench(new DateTime(2026, 12, 4, 10, 0, 10));
            bench.Stream.Publish(Event(1, "e1"));
            bench.Subscribe("<startTime>2026-12-04T10:00:00Z</startTime><stopTime>2026-12-04T10:00:30Z</stopTime>");
            Assert.AreEqual("e1", Content(bench.Manager.Next()).LocalName);
            Assert.IsNotNull(bench.Manager.Next().FirstChild(NetmodNs, "replayComplete"), "replayComplete");
            bench.Stream.Publish(Event(20, "e2"));
            Assert.AreEqual("e2", Content(bench.Manager.Next()).LocalName);
            bench.Stream.Publish(Event(40, "late"));
            Assert.IsNotNull(bench.Manager.Next().FirstChild(NetmodNs, "notificationComplete"), "ended at stopTime");
            Assert.IsFalse(bench.Manager.Session.HasSubscription, "no subscription left");
            bench.Stream.Publish(Event(41, "after"));
            Assert.IsFalse(bench.Manager.HasReply(), "nothing after notificationComplete");
            Assert.IsNotNull(bench.Subscribe(string.Empty).FirstChild(SessionHarness.Base, "ok"), "a new subscription may start");
        }

        [TestMethod]
        public void AStopTimeAlreadyPastEndsRightAfterTheReplay()
        {
            Bench bench = new Bench();
            bench.Stream.Publish(Event(1, "e1"));
            bench.Subscribe("<startTime>2026-12-04T10:00:00Z</startTime><stopTime>2026-12-04T10:00:30Z</stopTime>");
            Assert.AreEqual("e1", Content(bench.Manager.Next()).LocalName);
            Assert.IsNotNull(bench.Manager.Next().FirstChild(NetmodNs, "replayComplete"), "replayComplete");
            Assert.IsNotNull(bench.Manager.Next().FirstChild(NetmodNs, "notificationComplete"), "then notificationComplete");
            Assert.IsFalse(bench.Manager.Session.HasSubscription, "ended");
        }

        [TestMethod]
        public void RefusesBadSubscriptions()
        {
            Bench bench = new Bench();
            Assert.AreEqual("invalid-value", SessionHarness.ErrorTag(bench.Subscribe("<stream>SNMP</stream>")));
            Assert.AreEqual("missing-element", SessionHarness.ErrorTag(bench.Subscribe("<stopTime>2026-12-04T10:00:00Z</stopTime>")));
            Assert.AreEqual("bad-element", SessionHarness.ErrorTag(bench.Subscribe("<startTime>2026-12-04T10:00:05Z</startTime><stopTime>2026-12-04T10:00:00Z</stopTime>")));
            Assert.AreEqual("bad-element", SessionHarness.ErrorTag(bench.Subscribe("<startTime>2026-12-05T00:00:00Z</startTime>")), "startTime in the future");
            Assert.AreEqual("invalid-value", SessionHarness.ErrorTag(bench.Subscribe("<startTime>soon</startTime>")));
            Assert.AreEqual("bad-attribute", SessionHarness.ErrorTag(bench.Subscribe("<filter type=\"xpath\"/>")));
            Assert.IsNotNull(bench.Subscribe("<stream>NETCONF</stream>").FirstChild(SessionHarness.Base, "ok"), "first subscription");
            Assert.AreEqual("operation-failed", SessionHarness.ErrorTag(bench.Subscribe(string.Empty)), "one per session");
        }

        [TestMethod]
        public void AClosedSessionLeavesTheStream()
        {
            Bench bench = new Bench();
            bench.Subscribe(string.Empty);
            bench.Manager.Rpc("<close-session/>");
            bench.Stream.Publish(Event(5, "e"));
            bench.Stream.Publish(Event(6, "e"));
            NetconfEvent[] none = bench.Stream.Subscribe(new NullSink(), false);
            Assert.AreEqual(0, none.Length, "no replay asked");
            Assert.IsFalse(bench.Manager.HasReply(), "nothing written after close");
        }

        private static XmlElement Content(XmlElement notification)
        {
            return notification.Child(1);
        }

        private static NetconfEvent Event(int second, string name)
        {
            DataNode content = new DataNode(Ups, name, null, false);
            content.Leaf("device", "ups-1", false);
            return new NetconfEvent(new DateTime(2026, 12, 4, 10, 0, second), content);
        }

        private sealed class NullSink : INotificationSink
        {
            public void Deliver(NetconfEvent netconfEvent)
            {
            }
        }

        private sealed class Bench
        {
            public Bench()
                : this(new DateTime(2026, 12, 4, 12, 0, 0))
            {
            }

            public Bench(DateTime now)
            {
                Stream = new EventStream(16);
                SampleData data = new SampleData();
                RpcHandlers handlers = new RpcHandlers();
                Callhome.AgentCore.Netconf.Operations.BaseOperations.Register(handlers, data, data.Running);
                handlers.Register(Notif, "create-subscription", new CreateSubscriptionOperation(Stream, new FixedRealTimeClock(now, true)));
                Manager = new SessionHarness(new NetconfServer(handlers, new string[0], NetconfLimits.Default()));
                Manager.Open(true);
            }

            public EventStream Stream { get; }

            public SessionHarness Manager { get; }

            public XmlElement Subscribe(string parameters)
            {
                return Manager.Rpc("<create-subscription xmlns=\"" + Notif + "\">" + parameters + "</create-subscription>");
            }
        }
    }
}
