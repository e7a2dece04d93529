using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Ssh.Connection.Messages;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Ssh.Connection
{
    /// <summary>How the peer's global and channel requests are answered (RFC 4254 §4, §5.4).</summary>
    [TestClass]
    public class RequestHandlingTests
    {
        private static void Deliver(ConnectionPair pair, string spacedHex)
        {
            byte[] message = Wire.Bytes(spacedHex);
            Assert.IsTrue(pair.Client.HandleMessage(message, 0, message.Length));
        }

        [TestMethod]
        public void KeepaliveWithWantReplyGetsRequestFailure()
        {
            ConnectionPair pair = new ConnectionPair();
            Deliver(pair, "50 00000015 6b656570616c697665406f70656e7373682e636f6d 01");
            Assert.AreEqual(1, pair.ToServer.Sent.Count);
            Assert.AreEqual("52", Hex.Encode(pair.ToServer.LastSent!));
        }

        [TestMethod]
        public void HostkeysAnnouncementIsIgnored()
        {
            ConnectionPair pair = new ConnectionPair();
            // hostkeys-00@openssh.com, want reply false, one (dummy) key blob.
            Deliver(pair, "50 00000017 686f73746b6579732d3030406f70656e7373682e636f6d 00 00000003 010203");
            Assert.AreEqual(0, pair.ToServer.Sent.Count);
        }

        [TestMethod]
        public void UnknownGlobalRequestWithWantReplyGetsRequestFailure()
        {
            ConnectionPair pair = new ConnectionPair();
            Deliver(pair, "50 0000000c 74637069702d666f7277617264 01 00000000 00000016");
            Assert.AreEqual("52", Hex.Encode(pair.ToServer.LastSent!));
            Deliver(pair, "50 00000003 666f6f 00");
            Assert.AreEqual(1, pair.ToServer.Sent.Count, "no reply when none is wanted");
        }

        [TestMethod]
        public void UnknownChannelRequestWithWantReplyGetsChannelFailure()
        {
            ConnectionPair pair = new ConnectionPair();
            pair.OpenSession();
            pair.Server.SendChannelRequest(0, "keepalive@openssh.com", true, new byte[0], 0, 0);
            pair.Flush();
            Assert.AreEqual("opened 0 local; request 0 keepalive@openssh.com", pair.ClientEvents.Log);
            Assert.AreEqual("opened 0 peer; replied 0 keepalive@openssh.com fail", pair.ServerEvents.Log);
            Assert.AreEqual("64 00000000", Spaced(pair.ToServer.LastSent!));
        }

        [TestMethod]
        public void ChannelRequestWithoutWantReplyGetsNoAnswer()
        {
            ConnectionPair pair = new ConnectionPair();
            pair.OpenSession();
            int before = pair.ToServer.Sent.Count;
            pair.Server.SendChannelRequest(0, "window-change", false, new byte[16], 0, 16);
            pair.Flush();
            Assert.AreEqual(before, pair.ToServer.Sent.Count);
            Assert.AreEqual("opened 0 local; request 0 window-change", pair.ClientEvents.Log);
        }

        [TestMethod]
        public void AcceptedChannelRequestGetsChannelSuccess()
        {
            ConnectionPair pair = new ConnectionPair();
            pair.OpenSession();
            pair.ServerEvents.AcceptRequests = true;
            pair.Client.SendChannelRequest(0, "env", true, Wire.Bytes("00000001 41 00000001 42"), 0, 10);
            pair.Flush();
            Assert.AreEqual("63 00000000", Spaced(pair.ToClient.LastSent!));
            Assert.AreEqual("opened 0 local; replied 0 env ok", pair.ClientEvents.Log);
        }

        [TestMethod]
        public void OurGlobalRequestRepliesAreMatchedInOrder()
        {
            ConnectionPair pair = new ConnectionPair();
            pair.Client.SendGlobalRequest(GlobalRequestMessage.KeepAliveName, true);
            pair.Client.SendGlobalRequest("no-reply@example.com", false);
            pair.Flush();
            Assert.AreEqual("global-replied keepalive@openssh.com fail", pair.ClientEvents.Log);
        }

        private static string Spaced(byte[] message)
        {
            string hex = Hex.Encode(message);
            return hex.Substring(0, 2) + " " + hex.Substring(2);
        }
    }
}
