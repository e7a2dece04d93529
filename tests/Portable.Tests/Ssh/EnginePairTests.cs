using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Messages;
using Callhome.AgentCore.Ssh.Transport;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Ssh
{
    /// <summary>
    /// Our client role against our server role, in memory, one byte at a time or in seeded random chunks: key
    /// exchange for every cipher/MAC row and both kex names with strict kex on and off, EXT_INFO, publickey
    /// authentication, a session channel with exec/subsystem echo beyond the window, EOF/CLOSE/exit-status.
    /// </summary>
    [TestClass]
    public class EnginePairTests
    {
        [TestMethod]
        public void EverySuiteBothKexNamesStrictOnAndOffByteByByte()
        {
            DeviceIdentity clientKey = EnginePair.NewKey();
            DeviceIdentity hostKey = EnginePair.NewKey();
            string[] kexNames = SshAlgorithms.KexNames();
            string[] ciphers = SshAlgorithms.EncryptionNames();
            string[] macs = SshAlgorithms.MacNames();
            int runs = 0;
            for (int k = 0; k < kexNames.Length; k++)
            {
                for (int c = 0; c < ciphers.Length; c++)
                {
                    bool aead = SshAlgorithms.FindEncryption(ciphers[c])!.IsAead;
                    for (int m = 0; m < (aead ? 1 : macs.Length); m++)
                    {
                        for (int strict = 0; strict < 2; strict++)
                        {
                            SshSessionConfig clientConfig = EnginePair.ClientConfig(hostKey);
                            clientConfig.KexAlgorithms = new string[] { kexNames[k] };
                            clientConfig.Ciphers = new string[] { ciphers[c] };
                            clientConfig.Macs = new string[] { macs[m] };
                            clientConfig.OfferStrictKex = strict == 1;
                            using EnginePair pair = new EnginePair(clientConfig, EnginePair.ServerConfig(clientKey), clientKey, hostKey, runs, 1);
                            string what = kexNames[k] + " " + ciphers[c] + " " + macs[m] + " strict=" + strict;
                            pair.Start();
                            pair.Pump();
                            Assert.IsTrue(pair.ClientEvents.Authenticated, what + ": " + pair.ClientEvents.Description);
                            Assert.IsTrue(pair.Server.Session.IsAuthenticated, what);
                            Assert.AreEqual(strict == 1, pair.Client.IsStrictKex, what);
                            Assert.AreEqual(strict == 1, pair.Server.Session.IsStrictKex, what);
                            Assert.AreEqual(pair.Client.NegotiatedDescription, pair.Server.Session.NegotiatedDescription, what);
                            Assert.Contains(kexNames[k] + " " + ciphers[c], pair.Server.Session.NegotiatedDescription, what);
                            Assert.AreEqual("ssh-ed25519", pair.Client.ServerSignatureAlgorithms, what + ": EXT_INFO");
                            EchoRoundTrip(pair, 300, what);
                            runs++;
                        }
                    }
                }
            }

            Assert.AreEqual(2 * (1 + (2 * 4)) * 2, runs);
        }

        [TestMethod]
        public void ExecEchoLargerThanTheWindowInRandomChunks()
        {
            for (int seed = 1; seed <= 3; seed++)
            {
                DeviceIdentity clientKey = EnginePair.NewKey();
                using EnginePair pair = SmallWindowPair(clientKey, seed, 3000);
                pair.Start();
                pair.Pump();
                Assert.IsTrue(pair.Server.Session.IsAuthenticated);
                Assert.AreEqual("device", pair.Server.Session.AuthenticatedUser);
                Assert.AreEqual(SshPublicKeyFormat.Sha256Fingerprint(clientKey.PublicKeyBlob(), Crypto.SuiteUnderTest.Suite),
                    pair.Server.Session.AuthenticatedKeyFingerprint);
                int channel = pair.OpenAndRequest("exec", "cat");
                Assert.AreEqual("exec:ok", pair.ClientEvents.LastReply);
                Assert.AreEqual("cat", pair.Echo.Argument);
                Assert.AreEqual(1, pair.Echo.StartedCount);
                SendAndCheckEcho(pair, channel, 100000 + seed, seed);
            }
        }

        [TestMethod]
        public void SubsystemEchoLargerThanTheWindowByteByByte()
        {
            using EnginePair pair = SmallWindowPair(EnginePair.NewKey(), 9, 1);
            pair.Start();
            pair.Pump();
            int channel = pair.OpenAndRequest("subsystem", "echo");
            Assert.AreEqual("subsystem:ok", pair.ClientEvents.LastReply);
            Assert.AreEqual("subsystem", pair.Echo.RequestType);
            SendAndCheckEcho(pair, channel, 40000, 9);
        }

        [TestMethod]
        public void UnknownSubsystemAndShellAreRefused()
        {
            DeviceIdentity clientKey = EnginePair.NewKey();
            DeviceIdentity hostKey = EnginePair.NewKey();
            using EnginePair pair = new EnginePair(EnginePair.ClientConfig(hostKey), EnginePair.ServerConfig(clientKey), clientKey, hostKey, 5, 500);
            pair.Start();
            pair.Pump();
            int channel = pair.OpenAndRequest("subsystem", "netconf");
            Assert.AreEqual("subsystem:failed", pair.ClientEvents.LastReply);
            pair.ClientChannels.SendShell(channel);
            pair.Pump();
            Assert.AreEqual("shell:failed", pair.ClientEvents.LastReply, "no shell handler registered");
            Assert.AreEqual(0, pair.Echo.StartedCount);
            Assert.IsFalse(pair.Client.IsClosed);
        }

        [TestMethod]
        public void SecondProgramOnAChannelIsRefusedAndHandlersHearTheSessionEnd()
        {
            DeviceIdentity clientKey = EnginePair.NewKey();
            DeviceIdentity hostKey = EnginePair.NewKey();
            using EnginePair pair = new EnginePair(EnginePair.ClientConfig(hostKey), EnginePair.ServerConfig(clientKey), clientKey, hostKey, 11, 700);
            pair.Start();
            pair.Pump();
            int channel = pair.OpenAndRequest("exec", "first");
            Assert.AreEqual("exec:ok", pair.ClientEvents.LastReply);
            pair.ClientChannels.SendSubsystem(channel, "echo");
            pair.Pump();
            Assert.AreEqual("subsystem:failed", pair.ClientEvents.LastReply, "one program per channel");
            Assert.AreEqual("first", pair.Echo.Argument);
            pair.Client.Disconnect(SshDisconnectReason.ByApplication, "bye");
            pair.Pump();
            Assert.IsTrue(pair.Server.Session.IsClosed);
            Assert.IsTrue(pair.ServerEvents.FromPeer);
            Assert.AreEqual(1, pair.Echo.ClosedCount, "the handler hears the end of the session");
        }

        [TestMethod]
        public void ClientKeyNotAuthorizedIsRefused()
        {
            DeviceIdentity clientKey = EnginePair.NewKey();
            DeviceIdentity otherKey = EnginePair.NewKey();
            DeviceIdentity hostKey = EnginePair.NewKey();
            using EnginePair pair = new EnginePair(EnginePair.ClientConfig(hostKey), EnginePair.ServerConfig(otherKey), clientKey, hostKey, 2, 1);
            pair.Start();
            pair.Pump();
            Assert.IsFalse(pair.Server.Session.IsAuthenticated);
            Assert.AreEqual("publickey", pair.ClientEvents.FailureMethods);
            Assert.AreEqual((int)SshDisconnectReason.NoMoreAuthMethodsAvailable, (int)pair.ClientEvents.Reason, "our client gives up");
            Assert.AreEqual(1, pair.Server.Session.AuthenticationFailures);
            Assert.IsTrue(pair.ServerEvents.FromPeer);
            Assert.AreEqual((int)SshDisconnectReason.NoMoreAuthMethodsAvailable, (int)pair.ServerEvents.Reason);
        }

        [TestMethod]
        public void OtherMethodsAreRefusedListingOnlyPublickey()
        {
            DeviceIdentity clientKey = EnginePair.NewKey();
            DeviceIdentity hostKey = EnginePair.NewKey();
            using EnginePair pair = new EnginePair(EnginePair.ClientConfig(hostKey), EnginePair.ServerConfig(clientKey), clientKey, hostKey, 3, 1);
            pair.ClientEvents.InjectOnTransportReady = new byte[][]
            {
                ServiceRequest(),
                AuthRequest("none", new byte[0]),
                AuthRequest("password", Ascii.Bytes("\0\0\0\0\x06secret")),
                AuthRequest("keyboard-interactive", Ascii.Bytes("\0\0\0\0\0\0\0\0")),
            };
            pair.Start();
            pair.Pump();
            Assert.AreEqual("publickey", pair.ClientEvents.FailureMethods, "FAILURE lists only publickey");
            Assert.IsFalse(pair.Server.Session.IsAuthenticated);
            Assert.AreEqual(2, pair.Server.Session.AuthenticationFailures, "the first none is not counted (as OpenSSH)");
        }

        [TestMethod]
        public void BadOrMalformedSignaturesAreRefused()
        {
            DeviceIdentity clientKey = EnginePair.NewKey();
            DeviceIdentity hostKey = EnginePair.NewKey();
            using EnginePair pair = new EnginePair(EnginePair.ClientConfig(hostKey), EnginePair.ServerConfig(clientKey), clientKey, hostKey, 12, 1);
            byte[] blob = clientKey.PublicKeyBlob();
            byte[] wrongSignature = Callhome.AgentCore.Ssh.Kex.Ed25519HostKey.SignatureBlob(new byte[64], 0);
            byte[] shortSignature = new byte[] { 0, 0, 0, 11, (byte)'s', (byte)'s', (byte)'h', (byte)'-', (byte)'e', (byte)'d', (byte)'2', (byte)'5', (byte)'5', (byte)'1', (byte)'9', 0, 0, 0, 1, 0 };
            pair.ClientEvents.InjectOnTransportReady = new byte[][]
            {
                ServiceRequest(),
                AuthRequest("publickey", SignedFields(blob, wrongSignature)),
                AuthRequest("publickey", SignedFields(blob, shortSignature)),
            };
            pair.Start();
            pair.Pump();
            Assert.IsFalse(pair.Server.Session.IsAuthenticated);
            Assert.AreEqual(2, pair.Server.Session.AuthenticationFailures);
            Assert.AreEqual("publickey", pair.ClientEvents.FailureMethods);
        }

        [TestMethod]
        public void TooManyAttemptsDisconnectWithReason14()
        {
            DeviceIdentity clientKey = EnginePair.NewKey();
            DeviceIdentity hostKey = EnginePair.NewKey();
            using EnginePair pair = new EnginePair(EnginePair.ClientConfig(hostKey), EnginePair.ServerConfig(clientKey), clientKey, hostKey, 4, 1);
            byte[][] inject = new byte[7][];
            inject[0] = ServiceRequest();
            for (int i = 1; i < inject.Length; i++)
            {
                inject[i] = AuthRequest("password", Ascii.Bytes("\0\0\0\0\x05guess"));
            }

            pair.ClientEvents.InjectOnTransportReady = inject;
            pair.Start();
            pair.Pump();
            Assert.AreEqual(6, pair.Server.Session.AuthenticationFailures);
            Assert.IsTrue(pair.Server.Session.IsClosed);
            Assert.IsFalse(pair.ServerEvents.FromPeer, "the server ended it");
            Assert.AreEqual((int)SshDisconnectReason.NoMoreAuthMethodsAvailable, (int)pair.ServerEvents.Reason);
            Assert.Contains("too many", pair.ServerEvents.Description);
        }

        [TestMethod]
        public void PreAuthenticationTimeoutFiresThroughTheDeadline()
        {
            DeviceIdentity clientKey = EnginePair.NewKey();
            DeviceIdentity hostKey = EnginePair.NewKey();
            using EnginePair pair = new EnginePair(EnginePair.ClientConfig(hostKey), EnginePair.ServerConfig(clientKey), clientKey, hostKey, 6, 1);
            pair.Clock.ElapsedMilliseconds = 1000;
            pair.Start();
            Assert.AreEqual(11000L, pair.Server.Session.NextDeadline, "identification deadline");
            pair.PumpUntilServerTransportReady();
            Assert.IsTrue(pair.Server.Session.IsTransportReady);
            Assert.AreEqual(31000L, pair.Server.Session.NextDeadline, "authentication deadline");
            pair.Server.OnTimer(30999);
            Assert.IsFalse(pair.Server.Session.IsClosed);
            pair.Server.OnTimer(31000);
            Assert.IsTrue(pair.Server.Session.TimedOut);
            Assert.Contains("authentication", pair.ServerEvents.Description);
            pair.Pump();
            Assert.IsFalse(pair.Client.IsAuthenticated);
            Assert.IsTrue(pair.ClientEvents.FromPeer, "the client got the DISCONNECT");
            Assert.AreEqual((int)SshDisconnectReason.ByApplication, (int)pair.ClientEvents.Reason);
        }

        [TestMethod]
        public void HostKeyPinMismatchIsRefusedByTheClient()
        {
            DeviceIdentity clientKey = EnginePair.NewKey();
            DeviceIdentity hostKey = EnginePair.NewKey();
            DeviceIdentity otherHost = EnginePair.NewKey();
            using EnginePair pair = new EnginePair(EnginePair.ClientConfig(otherHost), EnginePair.ServerConfig(clientKey), clientKey, hostKey, 7, 1);
            pair.Start();
            pair.Pump();
            Assert.IsTrue(pair.ClientEvents.HostKeyMismatch);
            Assert.AreEqual((int)SshDisconnectReason.HostKeyNotVerifiable, (int)pair.ClientEvents.Reason);
            Assert.IsTrue(pair.ServerEvents.FromPeer);
            Assert.AreEqual((int)SshDisconnectReason.HostKeyNotVerifiable, (int)pair.ServerEvents.Reason);
            Assert.IsFalse(pair.Server.Session.IsAuthenticated);
        }

        [TestMethod]
        public void ServerOffersStrictKexAndNoExtInfoToAClientWithoutExtInfoC()
        {
            DeviceIdentity clientKey = EnginePair.NewKey();
            DeviceIdentity hostKey = EnginePair.NewKey();
            using EnginePair pair = new EnginePair(EnginePair.ClientConfig(hostKey), EnginePair.ServerConfig(clientKey), clientKey, hostKey, 8, 1);
            pair.Start();
            string line = string.Empty;
            byte[] one = new byte[1];
            while (pair.Server.TakeOutput(one, 0, 1) == 1 && one[0] != (byte)'\n')
            {
                line += (char)one[0];
            }

            Assert.AreEqual("SSH-2.0-callhome-server_0.1\r", line, "the server sends its version without waiting");
            PacketReader reader = new PacketReader(35000);
            int offset;
            int length;
            uint sequence;
            while (!reader.TryRead(out offset, out length, out sequence))
            {
                Assert.AreEqual(1, pair.Server.TakeOutput(one, 0, 1));
                reader.Append(one, 0, 1);
            }

            KexInitMessage init = KexInitMessage.Read(reader.Plain, offset, length, 8192);
            Assert.IsTrue(NameList.Contains(init.KexAlgorithms, SshAlgorithms.StrictKexServer));
            Assert.IsFalse(NameList.Contains(init.KexAlgorithms, SshAlgorithms.ExtInfoClient));
            Assert.AreEqual("ssh-ed25519", init.ServerHostKeyAlgorithms);
            reader.Dispose();
        }

        private static EnginePair SmallWindowPair(DeviceIdentity clientKey, int seed, int maxChunk)
        {
            DeviceIdentity hostKey = EnginePair.NewKey();
            SshSessionConfig clientConfig = EnginePair.ClientConfig(hostKey);
            clientConfig.Limits = SshLimits.CreateSmallBoard();
            SshSessionConfig serverConfig = EnginePair.ServerConfig(clientKey);
            serverConfig.Limits = SshLimits.CreateSmallBoard();
            return new EnginePair(clientConfig, serverConfig, clientKey, hostKey, seed, maxChunk);
        }

        private static void EchoRoundTrip(EnginePair pair, int size, string what)
        {
            int channel = pair.OpenAndRequest("exec", "echo");
            Assert.AreEqual("exec:ok", pair.ClientEvents.LastReply, what);
            SendAndCheckEcho(pair, channel, size, size);
        }

        internal static void SendAndCheckEcho(EnginePair pair, int channel, int size, int seed)
        {
            byte[] data = new byte[size];
            new SeededRandom(seed).Fill(data);
            pair.SendAll(channel, data);
            pair.ClientChannels.SendEof(channel);
            pair.Pump();
            byte[] echoed = pair.ClientEvents.Received.ToArray();
            Assert.AreEqual(size, echoed.Length, "echoed length");
            for (int i = 0; i < size; i++)
            {
                if (echoed[i] != data[i])
                {
                    Assert.AreEqual((int)data[i], (int)echoed[i], "byte " + i);
                }
            }

            Assert.IsTrue(pair.ClientEvents.ExitStatusReceived, "exit-status");
            Assert.AreEqual(EchoHandler.ExitCode, pair.ClientEvents.ExitStatus);
            Assert.IsTrue(pair.ClientEvents.EofReceived, "EOF");
            Assert.IsTrue(pair.ClientEvents.Closed, "CLOSE");
            Assert.AreEqual(1, pair.Echo.ClosedCount, "handler told of the close");
            Assert.AreEqual(0, pair.ClientChannels.ChannelCount);
            Assert.IsFalse(pair.Client.IsClosed);
        }

        private static byte[] ServiceRequest()
        {
            ServiceRequestMessage request = new ServiceRequestMessage("ssh-userauth");
            byte[] buffer = new byte[64];
            return Trim(buffer, request.Write(buffer, 0));
        }

        /// <summary>USERAUTH_REQUEST "device" "ssh-connection" method, followed by raw method fields.</summary>
        private static byte[] AuthRequest(string method, byte[] methodFields)
        {
            byte[] buffer = new byte[1024];
            int n = 0;
            buffer[n++] = UserAuthRequestMessage.Number;
            n = PutText(buffer, n, "device");
            n = PutText(buffer, n, "ssh-connection");
            n = PutText(buffer, n, method);
            System.Array.Copy(methodFields, 0, buffer, n, methodFields.Length);
            return Trim(buffer, n + methodFields.Length);
        }

        /// <summary>publickey fields with a signature: TRUE, "ssh-ed25519", key blob, signature blob.</summary>
        private static byte[] SignedFields(byte[] blob, byte[] signature)
        {
            byte[] buffer = new byte[512];
            int n = 0;
            buffer[n++] = 1;
            n = PutText(buffer, n, "ssh-ed25519");
            n = PutBytes(buffer, n, blob);
            n = PutBytes(buffer, n, signature);
            return Trim(buffer, n);
        }

        private static int PutBytes(byte[] buffer, int n, byte[] bytes)
        {
            buffer[n] = 0;
            buffer[n + 1] = 0;
            buffer[n + 2] = (byte)(bytes.Length >> 8);
            buffer[n + 3] = (byte)bytes.Length;
            System.Array.Copy(bytes, 0, buffer, n + 4, bytes.Length);
            return n + 4 + bytes.Length;
        }

        private static int PutText(byte[] buffer, int n, string text)
        {
            buffer[n] = 0;
            buffer[n + 1] = 0;
            buffer[n + 2] = 0;
            buffer[n + 3] = (byte)text.Length;
            for (int i = 0; i < text.Length; i++)
            {
                buffer[n + 4 + i] = (byte)text[i];
            }

            return n + 4 + text.Length;
        }

        private static byte[] Trim(byte[] buffer, int length)
        {
            byte[] exact = new byte[length];
            System.Array.Copy(buffer, 0, exact, 0, length);
            return exact;
        }
    }
}
