using System;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Ssh;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Ssh.Connection
{
    /// <summary>
    /// Both sides stream data, then EOF and CLOSE, while messages of the two directions arrive in a random
    /// interleaving (each direction stays in order, as a transport keeps it). Whatever the schedule, all
    /// data arrives intact, EOF comes before CLOSE, and both channels end freed.
    /// </summary>
    [TestClass]
    public class RandomScheduleTests
    {
        private const int Length = 9000;

        [TestMethod]
        public void AnyInterleavingDeliversAllDataAndClosesCleanly()
        {
            for (int seed = 1; seed <= 25; seed++)
            {
                RunSchedule(seed);
            }
        }

        /// <summary>One step of one side: send a random slice, or EOF when all is sent, or CLOSE once both
        /// EOFs are done. Returns the bytes sent.</summary>
        private static int Advance(Callhome.AgentCore.Ssh.Connection.ConnectionService side, RecordingListener events, byte[] data, int sent, Random random)
        {
            if (!side.IsOpen(0))
            {
                return 0; // closed (by us, or the peer's CLOSE arrived): a writer above stops here
            }

            if (sent < data.Length)
            {
                return side.SendData(0, data, sent, Min(data.Length - sent, 1 + random.Next(2000)));
            }

            side.SendEof(0);
            if (events.Events.Contains("eof 0"))
            {
                side.Close(0);
            }

            return 0;
        }

        private static int Min(int a, int b)
        {
            return a < b ? a : b;
        }

        private static void RunSchedule(int seed)
        {
            Random random = new Random(seed);
            SshLimits clientLimits = SshLimits.CreateSmallBoard();
            clientLimits.ChannelWindowSize = (uint)(500 + random.Next(3000));
            clientLimits.ChannelMaxPacket = (uint)(1 + random.Next(1000));
            SshLimits serverLimits = SshLimits.CreateDefault();
            serverLimits.ChannelWindowSize = (uint)(500 + random.Next(3000));
            serverLimits.ChannelMaxPacket = (uint)(1 + random.Next(1000));
            ConnectionPair pair = new ConnectionPair(clientLimits, serverLimits);
            pair.OpenSession();

            byte[] up = new byte[Length];
            byte[] down = new byte[Length];
            random.NextBytes(up);
            random.NextBytes(down);
            int sentUp = 0;
            int sentDown = 0;

            // Each side streams its data, sends EOF, and closes once it has the peer's EOF too (like a command
            // that reads its input to the end); whichever CLOSE comes first, the other side answers it.
            for (int step = 0; step < 100000; step++)
            {
                switch (random.Next(4))
                {
                    case 0:
                        pair.ToServer.DeliverOne();
                        break;
                    case 1:
                        pair.ToClient.DeliverOne();
                        break;
                    case 2:
                        sentUp += Advance(pair.Client, pair.ClientEvents, up, sentUp, random);
                        break;
                    default:
                        sentDown += Advance(pair.Server, pair.ServerEvents, down, sentDown, random);
                        break;
                }

                if (pair.Client.ChannelCount == 0 && pair.Server.ChannelCount == 0 && pair.ToServer.Pending == 0 && pair.ToClient.Pending == 0)
                {
                    break;
                }
            }

            string what = "seed " + seed;
            Assert.AreEqual(0, pair.Client.ChannelCount, what + ": client channel freed");
            Assert.AreEqual(0, pair.Server.ChannelCount, what + ": server channel freed");
            Assert.AreEqual(Hex.Encode(up), Hex.Encode(pair.ServerEvents.Received.ToArray()), what + ": client to server");
            Assert.AreEqual(Hex.Encode(down), Hex.Encode(pair.ClientEvents.Received.ToArray()), what + ": server to client");
            Assert.AreEqual("opened 0 local; eof 0; closed 0", pair.ClientEvents.Log, what + ": client saw EOF before CLOSE");
            Assert.AreEqual("opened 0 peer; eof 0; closed 0", pair.ServerEvents.Log, what + ": server saw EOF before CLOSE");
        }
    }
}
