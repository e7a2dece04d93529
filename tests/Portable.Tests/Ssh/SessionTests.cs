using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Messages;
using Callhome.AgentCore.Ssh.Transport;
using Callhome.Portable.Tests.Crypto;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Ssh
{
    /// <summary>
    /// The client session against a scripted server in the unencrypted phase: what it sends first, strict
    /// key exchange (OpenSSH PROTOCOL §1.10), UNIMPLEMENTED, DISCONNECT both ways, and its deadlines.
    /// </summary>
    [TestClass]
    public class SessionTests
    {
        private const string StrictServerKex = "curve25519-sha256,kex-strict-s-v00@openssh.com";
        private const string PlainServerKex = "curve25519-sha256";

        [TestMethod]
        public void SendsVersionThenKexInitOfferingExtInfoAndStrictKex()
        {
            using Harness h = new Harness();
            string version = ReadLine(h);
            Assert.AreEqual("SSH-2.0-callhome_0.1", version);
            byte[] payload = h.NextPacket();
            KexInitMessage init = KexInitMessage.Read(payload, 0, payload.Length, 8192);
            Assert.StartsWith("curve25519-sha256,curve25519-sha256@libssh.org", init.KexAlgorithms);
            Assert.IsTrue(NameList.Contains(init.KexAlgorithms, "ext-info-c"), "RFC 8308 ext-info-c");
            Assert.IsTrue(NameList.Contains(init.KexAlgorithms, "kex-strict-c-v00@openssh.com"), "strict kex");
            Assert.AreEqual("ssh-ed25519", init.ServerHostKeyAlgorithms);
            Assert.StartsWith("chacha20-poly1305@openssh.com", init.EncryptionClientToServer);
        }

        [TestMethod]
        public void AnswersKexInitWithEcdhInit()
        {
            using Harness h = new Harness();
            h.SkipOurOpening();
            h.ServerSends("SSH-2.0-Scripted\r\n");
            h.ServerPacket(ServerKexInit(PlainServerKex));
            byte[] init = h.NextPacket();
            Assert.AreEqual((int)KexEcdhInitMessage.Number, (int)init[0]);
            Assert.AreEqual(32, KexEcdhInitMessage.Read(init, 0, init.Length, 100).ClientPublicKey.Length);
            Assert.IsFalse(h.Listener.Disconnected);
        }

        [TestMethod]
        public void RepliesUnimplementedWithTheSequenceNumber()
        {
            using Harness h = new Harness();
            h.SkipOurOpening();
            h.ServerSends("SSH-2.0-Scripted\r\n");
            h.ServerPacket(ServerKexInit(PlainServerKex));
            h.NextPacket();
            h.ServerPacket(new byte[] { 200, 1, 2 });
            byte[] reply = h.NextPacket();
            Assert.AreEqual(1u, UnimplementedMessage.Read(reply, 0, reply.Length).SequenceNumber, "the server's second packet");
            Assert.IsFalse(h.Listener.Disconnected);
        }

        [TestMethod]
        public void StrictKexRefusesKexInitThatIsNotFirst()
        {
            using Harness h = new Harness();
            h.SkipOurOpening();
            h.ServerSends("SSH-2.0-Scripted\r\n");
            h.ServerPacket(Hex.Decode("0200000000"));
            h.ServerPacket(ServerKexInit(StrictServerKex));
            Assert.AreEqual((int)SshDisconnectReason.ProtocolError, (int)h.Listener.Reason);
            Assert.Contains("not the first packet", h.Listener.Description);
            Assert.AreEqual((int)SshDisconnectReason.ProtocolError, (int)h.SentDisconnectReason(), "DISCONNECT sent");
        }

        [TestMethod]
        public void StrictKexRefusesIgnoreDuringInitialKex()
        {
            using Harness h = new Harness();
            h.SkipOurOpening();
            h.ServerSends("SSH-2.0-Scripted\r\n");
            h.ServerPacket(ServerKexInit(StrictServerKex));
            h.NextPacket();
            h.ServerPacket(Hex.Decode("0200000000"));
            Assert.IsTrue(h.Listener.Disconnected);
            Assert.Contains("strict key exchange", h.Listener.Description);
        }

        [TestMethod]
        public void NonStrictKexToleratesIgnoreAndDebug()
        {
            using Harness h = new Harness();
            h.SkipOurOpening();
            h.ServerSends("SSH-2.0-Scripted\r\n");
            h.ServerPacket(Hex.Decode("0200000000"));
            h.ServerPacket(Hex.Decode("04" + "00" + "00000000" + "00000000"));
            h.ServerPacket(ServerKexInit(PlainServerKex));
            Assert.IsFalse(h.Listener.Disconnected, h.Listener.Description);
        }

        [TestMethod]
        public void ReportsPeerDisconnectWithItsReason()
        {
            using Harness h = new Harness();
            h.SkipOurOpening();
            h.ServerSends("SSH-2.0-Scripted\r\n");
            h.ServerPacket(Hex.Decode("01" + "0000000c" + "00000004" + "66756c6c" + "00000000"));
            Assert.IsTrue(h.Listener.FromPeer);
            Assert.AreEqual((int)SshDisconnectReason.TooManyConnections, (int)h.Listener.Reason);
            Assert.AreEqual("full", h.Listener.Description);
            Assert.IsTrue(h.Session.IsClosed);
        }

        [TestMethod]
        public void RefusesAuthenticationMessagesBeforeKeyExchange()
        {
            using Harness h = new Harness();
            h.SkipOurOpening();
            h.ServerSends("SSH-2.0-Scripted\r\n");
            h.ServerPacket(new byte[] { UserAuthSuccessMessage.Number });
            Assert.AreEqual((int)SshDisconnectReason.ProtocolError, (int)h.Listener.Reason);
        }

        [TestMethod]
        public void TimesOutWaitingForIdentificationThenKex()
        {
            using Harness h = new Harness();
            Assert.AreEqual(10000L, h.Session.NextDeadline, "identification deadline");
            h.Session.OnTimer(9999);
            Assert.IsFalse(h.Listener.Disconnected);
            h.SkipOurOpening();
            h.Clock.ElapsedMilliseconds = 5000;
            h.ServerSends("SSH-2.0-Scripted\r\n");
            Assert.AreEqual(25000L, h.Session.NextDeadline, "key exchange deadline from the version on");
            h.Session.OnTimer(25000);
            Assert.IsTrue(h.Session.TimedOut);
            Assert.AreEqual((int)SshDisconnectReason.None, (int)h.Listener.Reason);
            Assert.Contains("key exchange", h.Listener.Description);
            Assert.AreEqual((int)SshDisconnectReason.ByApplication, (int)h.SentDisconnectReason());
            h.Session.OnTimer(99999);
            Assert.AreEqual(1, h.Listener.DisconnectCount, "reported once");
        }

        [TestMethod]
        public void RefusesConnectionMessagesBeforeAuthentication()
        {
            using Harness h = new Harness();
            bool thrown = false;
            try
            {
                h.Session.SendMessage(new byte[] { 94, 0, 0, 0, 0 }, 0, 5);
            }
            catch (System.InvalidOperationException)
            {
                thrown = true;
            }

            Assert.IsTrue(thrown, "no connection messages before authentication");
        }

        private static byte[] ServerKexInit(string kex)
        {
            KexInitMessage init = new KexInitMessage();
            init.KexAlgorithms = kex;
            init.ServerHostKeyAlgorithms = "ssh-ed25519";
            init.EncryptionClientToServer = "aes128-ctr";
            init.EncryptionServerToClient = "aes128-ctr";
            init.MacClientToServer = "hmac-sha2-256";
            init.MacServerToClient = "hmac-sha2-256";
            init.CompressionClientToServer = "none";
            init.CompressionServerToClient = "none";
            byte[] buffer = new byte[1024];
            int length = init.Write(buffer, 0);
            byte[] payload = new byte[length];
            System.Array.Copy(buffer, payload, length);
            return payload;
        }

        private static string ReadLine(Harness h)
        {
            string line = string.Empty;
            byte[] one = new byte[1];
            while (h.Session.TakeOutput(one, 0, 1) == 1 && one[0] != (byte)'\n')
            {
                if (one[0] != (byte)'\r')
                {
                    line += (char)one[0];
                }
            }

            return line;
        }

        /// <summary>A client session, a scripted server writing plaintext packets, and a reader of what we send.</summary>
        private sealed class Harness : System.IDisposable
        {
            private readonly PacketWriter serverWriter = new PacketWriter(35000, new CountingEntropy());
            private readonly PacketReader clientOutput = new PacketReader(35000);
            private readonly Outbox wire = new Outbox(256);

            public Harness()
            {
                Clock = new FakeClock();
                Listener = new RecordingListener();
                DeviceIdentity device = DeviceIdentity.LoadOrCreate(new OneSlotKeyStore(), SuiteUnderTest.Suite);
                SshSessionConfig config = new SshSessionConfig("device", "SHA256:none");
                Session = new SshSession(config, SuiteUnderTest.Suite, new CountingEntropy(), Clock, device, Listener);
                Session.Start();
            }

            public SshSession Session { get; }

            public void Dispose()
            {
                serverWriter.Dispose();
                clientOutput.Dispose();
                Session.Dispose();
            }

            public RecordingListener Listener { get; }

            public FakeClock Clock { get; }

            public void SkipOurOpening()
            {
                ReadLine(this);
                NextPacket();
            }

            public void ServerSends(string text)
            {
                byte[] bytes = Ascii.Bytes(text);
                Session.Receive(bytes, 0, bytes.Length);
            }

            public void ServerPacket(byte[] payload)
            {
                serverWriter.Write(payload, 0, payload.Length, wire);
                byte[] bytes = new byte[wire.Count];
                wire.Take(bytes, 0, bytes.Length);
                Session.Receive(bytes, 0, bytes.Length);
            }

            /// <summary>The next packet the client queued (unencrypted phase), as a payload copy.</summary>
            public byte[] NextPacket()
            {
                byte[] chunk = new byte[1];
                int offset;
                int length;
                uint sequence;
                while (!clientOutput.TryRead(out offset, out length, out sequence))
                {
                    Assert.AreEqual(1, Session.TakeOutput(chunk, 0, 1), "the client queued a whole packet");
                    clientOutput.Append(chunk, 0, 1);
                }

                byte[] payload = new byte[length];
                System.Array.Copy(clientOutput.Plain, offset, payload, 0, length);
                return payload;
            }

            public SshDisconnectReason SentDisconnectReason()
            {
                byte[] payload = NextPacket();
                while (payload[0] != DisconnectMessage.Number)
                {
                    payload = NextPacket();
                }

                return DisconnectMessage.Read(payload, 0, payload.Length, 1000).Reason;
            }
        }
    }
}
