using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Ssh;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Ssh.Connection
{
    /// <summary>Several channels over one connection, with their messages interleaved.</summary>
    [TestClass]
    public class ConcurrentChannelTests
    {
        private static byte[] Filled(int length, byte seed)
        {
            byte[] data = new byte[length];
            for (int i = 0; i < length; i++)
            {
                data[i] = (byte)(seed + i);
            }

            return data;
        }

        [TestMethod]
        public void InterleavedDataStaysOnItsChannel()
        {
            SshLimits limits = SshLimits.CreateDefault();
            limits.ChannelWindowSize = 3000;
            limits.ChannelMaxPacket = 700;
            ConnectionPair pair = new ConnectionPair(limits, limits);
            pair.Server.AcceptPeerSessions = true;
            int first = pair.Client.OpenSession();
            int second = pair.Client.OpenSession();
            int third = pair.Client.OpenSession();
            pair.Flush();
            Assert.AreEqual("opened 0 local; opened 1 local; opened 2 local", pair.ClientEvents.Log);

            byte[] a = Filled(10000, 1);
            byte[] b = Filled(7000, 101);
            byte[] c = Filled(3001, 201);
            int sentA = 0;
            int sentB = 0;
            int sentC = 0;
            for (int round = 0; round < 100 && (sentA < a.Length || sentB < b.Length || sentC < c.Length); round++)
            {
                // Small slices per channel, so their data messages alternate on the wire.
                for (int slice = 0; slice < 5; slice++)
                {
                    sentA += pair.Client.SendData(first, a, sentA, Min(500, a.Length - sentA));
                    sentB += pair.Client.SendData(second, b, sentB, Min(300, b.Length - sentB));
                    sentC += pair.Client.SendData(third, c, sentC, Min(200, c.Length - sentC));
                }

                // Deliver one message at a time, alternating directions, window adjusts included.
                pair.Flush();
            }

            Assert.AreEqual(Hex.Encode(a), Hex.Encode(pair.ServerEvents.ReceivedOn(0)), "channel 0");
            Assert.AreEqual(Hex.Encode(b), Hex.Encode(pair.ServerEvents.ReceivedOn(1)), "channel 1");
            Assert.AreEqual(Hex.Encode(c), Hex.Encode(pair.ServerEvents.ReceivedOn(2)), "channel 2");
        }

        [TestMethod]
        public void ClosingOneChannelLeavesTheOthersOpen()
        {
            ConnectionPair pair = new ConnectionPair();
            pair.Server.AcceptPeerSessions = true;
            int first = pair.Client.OpenSession();
            int second = pair.Client.OpenSession();
            pair.Flush();
            pair.Client.Close(first);
            pair.Flush();
            Assert.IsFalse(pair.Client.IsOpen(first));
            Assert.IsTrue(pair.Client.IsOpen(second));
            Assert.AreEqual(1, pair.Server.ChannelCount);
            byte[] data = Filled(10, 0);
            Assert.AreEqual(10, pair.Client.SendData(second, data, 0, 10));
            pair.Flush();
            Assert.AreEqual(10, pair.ServerEvents.ReceivedOn(1).Length);
        }

        [TestMethod]
        public void DefaultLimitAllowsEightChannels()
        {
            ConnectionPair pair = new ConnectionPair();
            pair.Server.AcceptPeerSessions = true;
            for (int i = 0; i < 8; i++)
            {
                Assert.AreEqual(i, pair.Client.OpenSession());
            }

            Assert.AreEqual(-1, pair.Client.OpenSession());
            pair.Flush();
            Assert.AreEqual(8, pair.Server.ChannelCount);
        }

        private static int Min(int a, int b)
        {
            return a < b ? a : b;
        }
    }
}
