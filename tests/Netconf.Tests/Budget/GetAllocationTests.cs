using System;
using Callhome.AgentCore.Netconf.Session;
using Callhome.Netconf.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Callhome.Netconf.Tests.Budget
{
    /// <summary>Bytes the device allocates to answer one full-tree get (deterministic, so asserted here; the
    /// rate is a benchmark, in docs/benchmarks.md).</summary>
    public class GetAllocationTests
    {
        private readonly ITestOutputHelper output;

        public GetAllocationTests(ITestOutputHelper output)
        {
            this.output = output;
        }

        [Fact]
        public void AFullGetOfThePduStaysWithinItsBudget()
        {
            using var device = new NetconfDeviceUnderTest(string.Empty);
            var sink = new NullOutput();
            var session = new NetconfSession(device.Server, sink);
            session.Start();
            Feed(session, "<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities><capability>urn:ietf:params:netconf:base:1.1</capability></capabilities></hello>", false);
            byte[] get = Frames.Of("<rpc message-id=\"1\" xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><get/></rpc>", true);
            for (int i = 0; i < 20; i++)
            {
                session.Receive(get, 0, get.Length);
            }

            const int Rounds = 100;
            long before = GC.GetAllocatedBytesForCurrentThread();
            long written = sink.Bytes;
            for (int i = 0; i < Rounds; i++)
            {
                session.Receive(get, 0, get.Length);
            }

            long perGet = (GC.GetAllocatedBytesForCurrentThread() - before) / Rounds;
            long replyBytes = (sink.Bytes - written) / Rounds;
            output.WriteLine(perGet + " B allocated per full get of " + replyBytes + " reply bytes");
            Assert.True(replyBytes > 1000, "a real reply was written");
            Assert.True(perGet <= 16 * 1024, perGet + " B per get, budget 16 KiB");
        }

        private static void Feed(NetconfSession session, string message, bool chunked)
        {
            byte[] framed = Frames.Of(message, chunked);
            session.Receive(framed, 0, framed.Length);
        }
    }
}
