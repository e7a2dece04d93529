using System;
using System.Text;
using Callhome.AgentCore.Netconf.Framing;
using Callhome.AgentCore.Netconf.Xml;
using Callhome.Netconf.Tests.Support;
using Callhome.Netconf.Tests.Xml;
using Xunit;

namespace Callhome.Netconf.Tests.Fuzz
{
    /// <summary>Seeded mutation of framing and of whole requests: the framer only ever throws its framing
    /// error; a session only ever answers with well-formed replies or closes, and a fresh session on the same
    /// device still works after each case.</summary>
    public class SessionMutationTests
    {
        private const int Seed = 6241;

        private static readonly string[] Requests =
        {
            "<get/>",
            "<get><filter type=\"subtree\"><pdu xmlns=\"urn:callhome:yang:callhome-pdu\"><outlet><id>2</id><state/></outlet></pdu></filter></get>",
            "<get-config><source><running/></source></get-config>",
            "<edit-config><target><running/></target><config><pdu xmlns=\"urn:callhome:yang:callhome-pdu\"><outlet><id>4</id><name>fuzzed</name></outlet></pdu></config></edit-config>",
            "<lock><target><running/></target></lock>",
            "<unlock><target><running/></target></unlock>",
            "<switch-outlet xmlns=\"urn:callhome:yang:callhome-pdu\"><id>3</id><action>cycle</action><delay>5</delay></switch-outlet>",
            "<create-subscription xmlns=\"urn:ietf:params:xml:ns:netconf:notification:1.0\"><startTime>2026-01-01T00:00:00Z</startTime></create-subscription>",
            "<kill-session><session-id>99</session-id></kill-session>",
        };

        [Fact]
        public void TheFrameReaderOnlyEverRaisesFramingErrors()
        {
            var random = new Random(Seed);
            int messages = 0;
            int refused = 0;
            for (int i = 0; i < 20000; i++)
            {
                var reader = new NetconfFrameReader(4096);
                if ((i & 1) == 1)
                {
                    reader.SwitchToChunked();
                }

                byte[] bytes = Mutator.Mutate(Framed(Requests[random.Next(Requests.Length)], (i & 1) == 1), random);
                try
                {
                    int used = 0;
                    while (used < bytes.Length)
                    {
                        used += reader.Feed(bytes, used, Math.Min(bytes.Length - used, 1 + random.Next(64)));
                        messages += reader.IsComplete ? 1 : 0;
                    }
                }
                catch (NetconfFramingException)
                {
                    refused++;
                }
            }

            Assert.True(messages > 1000 && refused > 1000, messages + " messages, " + refused + " framing errors");
        }

        [Fact]
        public void SessionsAnswerMutatedRequestsWithWellFormedRepliesOrClose()
        {
            var random = new Random(Seed + 1);
            using var device = new NetconfDeviceUnderTest(string.Empty);
            var parser = new XmlParser(XmlLimits.Default());
            int replies = 0;
            int closed = 0;
            for (int i = 0; i < 3000; i++)
            {
                using var manager = new InMemoryManager(device.Server);
                string request = "<rpc message-id=\"" + i + "\" xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">" + Requests[random.Next(Requests.Length)] + "</rpc>";
                byte[] mutated = Mutator.Mutate(Encoding.UTF8.GetBytes(request), random);
                foreach (string reply in manager.SendRawMessage(mutated))
                {
                    byte[] bytes = Encoding.UTF8.GetBytes(reply);
                    XmlElement parsed = parser.Parse(bytes, 0, bytes.Length);
                    Assert.True(parsed.LocalName is "rpc-reply" or "notification", "case " + i + ": " + reply);
                    replies++;
                }

                closed += manager.Session.IsClosed ? 1 : 0;
                manager.Session.Close("case done");
            }

            Assert.True(replies > 2500, replies + " replies, " + closed + " closed sessions");
            Assert.Equal(0, device.Server.SessionCount);
            using var last = new InMemoryManager(device.Server);
            Assert.Contains("<data>", last.Rpc("<get/>"), StringComparison.Ordinal);
        }

        private static byte[] Framed(string operation, bool chunked)
        {
            return Frames.Of("<rpc message-id=\"1\" xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">" + operation + "</rpc>", chunked, 37);
        }
    }
}
