using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Connection.Messages;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Ssh.Connection
{
    /// <summary>RFC 4254 §5.2 windows and maximum packet sizes, with data larger than both.</summary>
    [TestClass]
    public class FlowControlTests
    {
        private static SshLimits Small(uint window, uint maxPacket)
        {
            SshLimits limits = SshLimits.CreateDefault();
            limits.ChannelWindowSize = window;
            limits.ChannelMaxPacket = maxPacket;
            return limits;
        }

        private static byte[] Pattern(int length)
        {
            byte[] data = new byte[length];
            for (int i = 0; i < length; i++)
            {
                data[i] = (byte)((i * 7) + (i >> 8));
            }

            return data;
        }

        /// <summary>Sends everything the way a blocking stream above would: as much as the window allows,
        /// then wait (deliver messages) for a window adjust.</summary>
        private static void Pump(ConnectionPair pair, bool fromClient, byte[] data, int maxRounds)
        {
            int sent = 0;
            for (int round = 0; sent < data.Length; round++)
            {
                Assert.IsTrue(round < maxRounds, "stalled after " + sent + " bytes");
                sent += fromClient ? pair.Client.SendData(0, data, sent, data.Length - sent) : pair.Server.SendData(0, data, sent, data.Length - sent);
                pair.Flush();
            }
        }

        private static void AssertDataPiecesAtMost(MessagePipe pipe, int maxData)
        {
            foreach (byte[] message in pipe.Sent)
            {
                if (message[0] == ChannelDataMessage.MessageNumber)
                {
                    Assert.IsTrue(message.Length - ChannelDataMessage.Overhead <= maxData, "data piece of " + (message.Length - ChannelDataMessage.Overhead));
                }
            }
        }

        [TestMethod]
        public void SendingStopsAtAnEmptyWindowAndResumesAfterWindowAdjust()
        {
            ConnectionPair pair = new ConnectionPair(SshLimits.CreateDefault(), Small(1000, 300));
            pair.OpenSession();
            Assert.AreEqual(1000, pair.Client.GetSendWindow(0));

            byte[] data = Pattern(5000);
            Assert.AreEqual(1000, pair.Client.SendData(0, data, 0, data.Length), "no more than the window");
            Assert.AreEqual(0, pair.Client.GetSendWindow(0));
            Assert.AreEqual(0, pair.Client.SendData(0, data, 1000, 4000), "blocked at a zero window");
            Assert.AreEqual(4, pair.ToServer.CountSent(ChannelDataMessage.MessageNumber), "300 + 300 + 300 + 100");

            pair.Flush();
            Assert.IsTrue(pair.ToClient.CountSent(ChannelWindowAdjustMessage.MessageNumber) > 0, "the server refilled its window");
            Assert.IsTrue(pair.ClientEvents.WindowAdjusts > 0, "the client was told it may send again");
            Assert.IsTrue(pair.Client.GetSendWindow(0) > 0);

            int sent = 1000;
            for (int round = 0; sent < data.Length; round++)
            {
                Assert.IsTrue(round < 50, "stalled");
                sent += pair.Client.SendData(0, data, sent, data.Length - sent);
                pair.Flush();
            }

            Assert.AreEqual(Callhome.AgentCore.Crypto.Hex.Encode(data), Callhome.AgentCore.Crypto.Hex.Encode(pair.ServerEvents.Received.ToArray()));
            AssertDataPiecesAtMost(pair.ToServer, 300);
        }

        [TestMethod]
        public void DataBothWaysExceedsWindowsAndPacketSizes()
        {
            ConnectionPair pair = new ConnectionPair(Small(4096, 1024), Small(2048, 512));
            pair.OpenSession();
            byte[] up = Pattern(20000);
            byte[] down = Pattern(30001);
            Pump(pair, true, up, 200);
            Pump(pair, false, down, 200);
            Assert.AreEqual(Callhome.AgentCore.Crypto.Hex.Encode(up), Callhome.AgentCore.Crypto.Hex.Encode(pair.ServerEvents.Received.ToArray()), "client to server");
            Assert.AreEqual(Callhome.AgentCore.Crypto.Hex.Encode(down), Callhome.AgentCore.Crypto.Hex.Encode(pair.ClientEvents.Received.ToArray()), "server to client");
            AssertDataPiecesAtMost(pair.ToServer, 512);
            AssertDataPiecesAtMost(pair.ToClient, 1024);
        }

        [TestMethod]
        public void WindowIsRefilledOnlyOnceBelowHalf()
        {
            ConnectionPair pair = new ConnectionPair(SshLimits.CreateDefault(), Small(1000, 1000));
            pair.OpenSession();
            byte[] data = Pattern(500);
            pair.Client.SendData(0, data, 0, 500);
            pair.Flush();
            Assert.AreEqual(0, pair.ToClient.CountSent(ChannelWindowAdjustMessage.MessageNumber), "exactly half left: no adjust yet");
            pair.Client.SendData(0, data, 0, 1);
            pair.Flush();
            Assert.AreEqual(1, pair.ToClient.CountSent(ChannelWindowAdjustMessage.MessageNumber));
            Assert.AreEqual("5d 00000000 000001f5", Spaced(pair.ToClient.LastSent!), "refilled by the 501 bytes consumed");
            Assert.AreEqual(1000, pair.Client.GetSendWindow(0));
        }

        [TestMethod]
        public void PiecesAlsoFitTheTransportPayload()
        {
            ConnectionPair pair = new ConnectionPair();
            pair.OpenSession();
            pair.ToServer.MaxPayloadLength = 109;
            byte[] data = Pattern(1000);
            Assert.AreEqual(1000, pair.Client.SendData(0, data, 0, 1000));
            AssertDataPiecesAtMost(pair.ToServer, 100);
            Assert.AreEqual(10, pair.ToServer.CountSent(ChannelDataMessage.MessageNumber));
        }

        [TestMethod]
        public void WindowAdjustDeliveredDuringASendLetsTheSameCallContinue()
        {
            // A transport that delivers at once re-enters both services from inside SendData.
            ConnectionPair pair = new ConnectionPair(SshLimits.CreateDefault(), Small(600, 200));
            pair.OpenSession();
            pair.ToServer.Immediate = true;
            pair.ToClient.Immediate = true;
            byte[] data = Pattern(3000);
            Assert.AreEqual(3000, pair.Client.SendData(0, data, 0, data.Length));
            Assert.AreEqual(Callhome.AgentCore.Crypto.Hex.Encode(data), Callhome.AgentCore.Crypto.Hex.Encode(pair.ServerEvents.Received.ToArray()));
            AssertDataPiecesAtMost(pair.ToServer, 200);
        }

        [TestMethod]
        public void WithoutConsumeOnDeliveryTheWindowIsRefilledOnlyAsTheOwnerConsumes()
        {
            ConnectionPair pair = new ConnectionPair(SshLimits.CreateDefault(), Small(1000, 1000));
            pair.Server.ConsumeOnDelivery = false;
            pair.OpenSession();
            byte[] data = Pattern(1000);
            Assert.AreEqual(1000, pair.Client.SendData(0, data, 0, 1000));
            pair.Flush();
            Assert.AreEqual(1000, pair.ServerEvents.Received.Length);
            Assert.AreEqual(0, pair.ToClient.CountSent(ChannelWindowAdjustMessage.MessageNumber), "nothing consumed yet");
            Assert.AreEqual(0, pair.Client.GetSendWindow(0), "the peer can make us hold no more than our window");

            pair.Server.Consume(0, 400);
            pair.Flush();
            Assert.AreEqual("5d 00000000 00000190", Spaced(pair.ToClient.LastSent!), "the 400 consumed bytes granted back");
            Assert.AreEqual(400, pair.Client.GetSendWindow(0));
            Assert.ThrowsException(typeof(System.ArgumentException), () => pair.Server.Consume(0, 601), "only 600 received bytes are unconsumed");
            pair.Server.Consume(0, 600);
            pair.Flush();
            Assert.AreEqual(1000, pair.Client.GetSendWindow(0));
        }

        [TestMethod]
        public void PeerAllowingNoDataPacketLeavesNothingSendable()
        {
            ConnectionPair pair = new ConnectionPair();
            int channel = pair.Client.OpenSession();
            byte[] confirmation = Wire.Bytes("5b 00000000 00000007 00001000 00000000");
            Assert.IsTrue(pair.Client.HandleMessage(confirmation, 0, confirmation.Length));
            Assert.IsTrue(pair.Client.IsOpen(channel));
            Assert.AreEqual(0, pair.Client.GetSendWindow(channel));
            Assert.AreEqual(0, pair.Client.SendData(channel, new byte[10], 0, 10));
        }

        [TestMethod]
        public void ZeroLengthSendSendsNothing()
        {
            ConnectionPair pair = new ConnectionPair();
            pair.OpenSession();
            int before = pair.ToServer.Sent.Count;
            Assert.AreEqual(0, pair.Client.SendData(0, new byte[0], 0, 0));
            Assert.AreEqual(before, pair.ToServer.Sent.Count);
            Assert.ThrowsException(typeof(System.ArgumentException), () => pair.Client.SendData(0, new byte[4], 2, 3));
        }

        private static string Spaced(byte[] message)
        {
            string hex = Callhome.AgentCore.Crypto.Hex.Encode(message);
            return hex.Substring(0, 2) + " " + hex.Substring(2, 8) + " " + hex.Substring(10);
        }
    }
}
