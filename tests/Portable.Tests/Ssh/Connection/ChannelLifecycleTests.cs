using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Connection;
using Callhome.AgentCore.Ssh.Connection.Messages;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Ssh.Connection
{
    /// <summary>Opening a session, asking for exec/subsystem, and the EOF/CLOSE ordering of RFC 4254 §5.3.</summary>
    [TestClass]
    public class ChannelLifecycleTests
    {
        [TestMethod]
        public void OpenedSessionIsReportedToBothSides()
        {
            ConnectionPair pair = new ConnectionPair();
            int channel = pair.OpenSession();
            Assert.AreEqual(0, channel);
            Assert.AreEqual("opened 0 local", pair.ClientEvents.Log);
            Assert.AreEqual("opened 0 peer", pair.ServerEvents.Log);
            Assert.IsTrue(pair.Client.IsOpen(channel));
            Assert.AreEqual(1, pair.Client.ChannelCount);
            Assert.AreEqual(1, pair.Server.ChannelCount);
            Assert.AreEqual((int)SshLimits.CreateDefault().ChannelWindowSize, pair.Client.GetSendWindow(channel), "the server's window");
        }

        [TestMethod]
        public void ChannelIsNotUsableBeforeItsConfirmation()
        {
            ConnectionPair pair = new ConnectionPair();
            pair.Server.AcceptPeerSessions = true;
            int channel = pair.Client.OpenSession();
            Assert.IsFalse(pair.Client.IsOpen(channel));
            Assert.AreEqual(0, pair.Client.GetSendWindow(channel));
            Assert.ThrowsException(typeof(System.InvalidOperationException), () => pair.Client.SendExec(channel, "ls"));
            pair.Flush();
            Assert.IsTrue(pair.Client.IsOpen(channel));
        }

        [TestMethod]
        public void ExecRequestSuccessIsReported()
        {
            ConnectionPair pair = new ConnectionPair();
            int channel = pair.OpenSession();
            pair.ServerEvents.AcceptRequests = true;
            pair.Client.SendExec(channel, "uptime");
            pair.Flush();
            Assert.AreEqual("opened 0 peer; request 0 exec uptime", pair.ServerEvents.Log);
            Assert.AreEqual("opened 0 local; replied 0 exec ok", pair.ClientEvents.Log);
        }

        [TestMethod]
        public void SubsystemRequestFailureIsReported()
        {
            ConnectionPair pair = new ConnectionPair();
            int channel = pair.OpenSession();
            pair.Client.SendSubsystem(channel, "netconf");
            pair.Flush();
            Assert.AreEqual("opened 0 peer; request 0 subsystem netconf", pair.ServerEvents.Log);
            Assert.AreEqual("opened 0 local; replied 0 subsystem fail", pair.ClientEvents.Log);
            Assert.AreEqual(1, pair.ToClient.CountSent(ChannelFailureMessage.MessageNumber));
        }

        [TestMethod]
        public void RepliesAreMatchedToRequestsInOrder()
        {
            ConnectionPair pair = new ConnectionPair();
            int channel = pair.OpenSession();
            pair.ServerEvents.AcceptRequests = true;
            PtyRequest pty = new PtyRequest();
            pty.Term = "xterm";
            pty.WidthCharacters = 132;
            pty.HeightRows = 43;
            pair.Client.SendPtyRequest(channel, pty);
            pair.Client.SendShell(channel);
            pair.Flush();
            Assert.AreEqual("opened 0 peer; request 0 pty-req xterm 132x43; request 0 shell", pair.ServerEvents.Log);
            Assert.AreEqual("opened 0 local; replied 0 pty-req ok; replied 0 shell ok", pair.ClientEvents.Log);
        }

        [TestMethod]
        public void PendingRequestsAreBoundedByOurLimit()
        {
            ConnectionPair pair = new ConnectionPair();
            int channel = pair.OpenSession();
            for (int i = 0; i < 4; i++)
            {
                pair.Client.SendExec(channel, "true");
            }

            Assert.ThrowsException(typeof(System.InvalidOperationException), () => pair.Client.SendExec(channel, "true"));
            pair.Flush();
            pair.Client.SendExec(channel, "true");
        }

        [TestMethod]
        public void ExitStatusReachesTheListener()
        {
            ConnectionPair pair = new ConnectionPair();
            int channel = pair.OpenSession();
            pair.Server.SendExitStatus(0, 42);
            pair.Flush();
            Assert.AreEqual("opened 0 local; exit 0 42", pair.ClientEvents.Log);
            Assert.AreEqual(0, pair.ToServer.CountSent(ChannelSuccessMessage.MessageNumber), "exit-status wants no reply");
        }

        [TestMethod]
        public void EofThenCloseFreesTheChannelOnlyAfterBothCloses()
        {
            ConnectionPair pair = new ConnectionPair();
            int channel = pair.OpenSession();
            pair.ServerEvents.AcceptRequests = true;
            pair.Client.SendExec(channel, "date");
            pair.Flush();

            // The command side: output, EOF, exit-status, CLOSE (as OpenSSH's server orders them).
            byte[] output = new byte[] { 0x6f, 0x6b };
            pair.Server.SendData(0, output, 0, 2);
            pair.Server.SendEof(0);
            pair.Server.SendExitStatus(0, 0);
            pair.Server.Close(0);
            Assert.ThrowsException(typeof(System.InvalidOperationException), () => pair.Server.SendData(0, output, 0, 2));
            Assert.AreEqual(1, pair.Server.ChannelCount, "not freed before the client's CLOSE");

            while (pair.ToClient.Pending > 0)
            {
                pair.ToClient.DeliverOne();
            }

            Assert.AreEqual("opened 0 local; replied 0 exec ok; eof 0; exit 0 0; closed 0", pair.ClientEvents.Log);
            Assert.AreEqual(0, pair.Client.ChannelCount, "the client answered CLOSE, so both sides have sent it");
            Assert.AreEqual(1, pair.Server.ChannelCount, "the client's CLOSE is still in flight");
            byte[] last = pair.ToServer.LastSent!;
            Assert.AreEqual(ChannelCloseMessage.MessageNumber, last[0], "the client's last message is its CLOSE");

            pair.Flush();
            Assert.AreEqual(0, pair.Server.ChannelCount);
            Assert.AreEqual("opened 0 peer; request 0 exec date; closed 0", pair.ServerEvents.Log);
            Assert.AreEqual(2, pair.ClientEvents.Received.Length);
        }

        [TestMethod]
        public void NothingIsSentAfterClose()
        {
            ConnectionPair pair = new ConnectionPair();
            int channel = pair.OpenSession();
            pair.Client.Close(channel);
            int sent = pair.ToServer.Sent.Count;
            pair.Client.Close(channel);
            pair.Client.SendEof(channel);
            Assert.ThrowsException(typeof(System.InvalidOperationException), () => pair.Client.SendExec(channel, "ls"));
            Assert.ThrowsException(typeof(System.InvalidOperationException), () => pair.Client.SendData(channel, new byte[1], 0, 1));
            Assert.AreEqual(0, pair.Client.GetSendWindow(channel));
            Assert.AreEqual(sent, pair.ToServer.Sent.Count, "neither a second Close nor an EOF after CLOSE sends anything");

            // The server still has a request in flight when our CLOSE arrives: we must not answer it.
            pair.Server.SendChannelRequest(0, "keepalive@openssh.com", true, new byte[0], 0, 0);
            pair.Flush();
            Assert.AreEqual(sent, pair.ToServer.Sent.Count, "no reply after our CLOSE");
            Assert.AreEqual(0, pair.Client.ChannelCount);
            Assert.AreEqual(0, pair.Server.ChannelCount);
            Assert.AreEqual("opened 0 local; closed 0", pair.ClientEvents.Log);
        }

        [TestMethod]
        public void CloseBeforeConfirmationClosesOnConfirmation()
        {
            ConnectionPair pair = new ConnectionPair();
            pair.Server.AcceptPeerSessions = true;
            int channel = pair.Client.OpenSession();
            pair.Client.Close(channel);
            pair.Flush();
            Assert.AreEqual("closed 0", pair.ClientEvents.Log, "never reported open");
            Assert.AreEqual("opened 0 peer; closed 0", pair.ServerEvents.Log);
            Assert.AreEqual(0, pair.Client.ChannelCount);
            Assert.AreEqual(0, pair.Server.ChannelCount);
        }

        [TestMethod]
        public void StaleChannelIdsDoNotReachAReusedSlot()
        {
            SshLimits limits = SshLimits.CreateSmallBoard();
            ConnectionPair pair = new ConnectionPair(limits, limits);
            int first = pair.OpenSession();
            pair.Client.Close(first);
            pair.Flush();
            int second = pair.OpenSession();
            Assert.AreNotEqual(first, second, "a new id for the reused slot");
            Assert.IsFalse(pair.Client.IsOpen(first));
            Assert.ThrowsException(typeof(System.InvalidOperationException), () => pair.Client.SendEof(first));
            Assert.IsTrue(pair.Client.IsOpen(second));
        }

        [TestMethod]
        public void ExtendedDataArrivesSeparately()
        {
            ConnectionPair pair = new ConnectionPair();
            pair.OpenSession();
            byte[] text = new byte[] { 0x65, 0x72, 0x72 };
            Assert.AreEqual(3, pair.Server.SendData(0, ChannelDataType.Stderr, text, 0, 3));
            pair.Flush();
            Assert.AreEqual(0, pair.ClientEvents.Received.Length);
            Assert.AreEqual(3, pair.ClientEvents.ReceivedStderr.Length);
            Assert.AreEqual(1, pair.ToClient.CountSent(ChannelExtendedDataMessage.MessageNumber));
        }
    }
}
