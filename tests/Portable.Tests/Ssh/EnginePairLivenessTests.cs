using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Ssh
{
    /// <summary>
    /// Our own re-keys (RFC 4253 §9, by volume and by time) and keepalives with dead-peer detection, in both
    /// roles, on the in-memory engine pair with the fake clock.
    /// </summary>
    [TestClass]
    public class EnginePairLivenessTests
    {
        private const long RekeyBytes = 32 * 1024;
        private const int KeepaliveInterval = 1000;
        private const int KeepaliveCount = 3;

        [TestMethod]
        public void ClientReKeysWhenItsByteLimitIsReached()
        {
            using EnginePair pair = Pair(RekeyBytes, 0, 21);
            pair.Start();
            pair.Pump();
            int channel = pair.OpenAndRequest("exec", "cat");
            EnginePairTests.SendAndCheckEcho(pair, channel, 200000, 21);
            Assert.IsTrue(pair.Client.RekeysStarted >= 4, "client re-keys: " + pair.Client.RekeysStarted);
            Assert.AreEqual(0, pair.Server.Session.RekeysStarted, "the server only answered");
            Assert.AreEqual(1 + pair.Client.RekeysStarted, pair.Client.KeyExchangeCount);
            Assert.AreEqual(pair.Client.KeyExchangeCount, pair.Server.Session.KeyExchangeCount);
            Assert.IsTrue(pair.Client.BytesSinceKeyExchange < RekeyBytes + 40000, "the volume restarts at each key exchange");
        }

        [TestMethod]
        public void ServerReKeysWhenItsByteLimitIsReached()
        {
            using EnginePair pair = Pair(0, RekeyBytes, 22);
            pair.Start();
            pair.Pump();
            int channel = pair.OpenAndRequest("subsystem", "echo");
            EnginePairTests.SendAndCheckEcho(pair, channel, 200000, 22);
            Assert.IsTrue(pair.Server.Session.RekeysStarted >= 4, "server re-keys: " + pair.Server.Session.RekeysStarted);
            Assert.AreEqual(0, pair.Client.RekeysStarted, "the client only answered");
            Assert.AreEqual(pair.Client.KeyExchangeCount, pair.Server.Session.KeyExchangeCount);
        }

        [TestMethod]
        public void EachRoleReKeysWhenItsTimeLimitPasses()
        {
            for (int role = 0; role < 2; role++)
            {
                DeviceIdentity clientKey = EnginePair.NewKey();
                DeviceIdentity hostKey = EnginePair.NewKey();
                SshSessionConfig clientConfig = EnginePair.ClientConfig(hostKey);
                SshSessionConfig serverConfig = EnginePair.ServerConfig(clientKey);
                clientConfig.Limits.RekeyAfterMilliseconds = role == 0 ? 60000 : 0;
                serverConfig.Limits.RekeyAfterMilliseconds = role == 1 ? 60000 : 0;
                using EnginePair pair = new EnginePair(clientConfig, serverConfig, clientKey, hostKey, 30 + role, 900);
                SshSession starter = role == 0 ? pair.Client : pair.Server.Session;
                SshSession other = role == 0 ? pair.Server.Session : pair.Client;
                pair.Clock.ElapsedMilliseconds = 5000;
                pair.Start();
                pair.Pump();
                Assert.IsTrue(pair.Server.Session.IsAuthenticated);
                Assert.AreEqual(65000L, starter.NextDeadline, "the re-key time is the next deadline");
                Assert.AreEqual(SshSession.NoDeadline, other.NextDeadline, "no time limit on the other side");
                pair.Clock.ElapsedMilliseconds = 64999;
                pair.FireTimers();
                pair.Pump();
                Assert.AreEqual(1, starter.KeyExchangeCount, "not yet");
                pair.Clock.ElapsedMilliseconds = 65000;
                pair.FireTimers();
                pair.Pump();
                Assert.AreEqual(1, starter.RekeysStarted);
                Assert.AreEqual(0, other.RekeysStarted);
                Assert.AreEqual(2, other.KeyExchangeCount);
                Assert.AreEqual(125000L, starter.NextDeadline, "the next re-key an interval after this one");
                int channel = pair.OpenAndRequest("exec", "after");
                EnginePairTests.SendAndCheckEcho(pair, channel, 5000, 30 + role);
            }
        }

        [TestMethod]
        public void KeepalivesAreAnsweredAndSilenceEndsTheSessionWithinTheBoundInBothRoles()
        {
            for (int role = 0; role < 2; role++)
            {
                DeviceIdentity clientKey = EnginePair.NewKey();
                DeviceIdentity hostKey = EnginePair.NewKey();
                SshSessionConfig clientConfig = EnginePair.ClientConfig(hostKey);
                SshSessionConfig serverConfig = EnginePair.ServerConfig(clientKey);
                SshLimits probing = role == 0 ? clientConfig.Limits : serverConfig.Limits;
                probing.KeepaliveIntervalMilliseconds = KeepaliveInterval;
                probing.KeepaliveMaxUnanswered = KeepaliveCount;
                using EnginePair pair = new EnginePair(clientConfig, serverConfig, clientKey, hostKey, 40 + role, 700);
                SshSession prober = role == 0 ? pair.Client : pair.Server.Session;
                pair.Clock.ElapsedMilliseconds = 100;
                pair.Start();
                pair.Pump();
                Assert.IsTrue(pair.Server.Session.IsAuthenticated);

                // An answering peer: each probe gets a reply, the session goes on.
                for (int i = 1; i <= 5; i++)
                {
                    pair.Clock.ElapsedMilliseconds += KeepaliveInterval;
                    pair.FireTimers();
                    pair.Pump();
                    Assert.AreEqual(i, prober.KeepalivesSent);
                    Assert.AreEqual(i, prober.KeepaliveRepliesReceived);
                }

                Assert.IsFalse(prober.IsClosed);
                int channel = pair.OpenAndRequest("exec", "alive");
                EnginePairTests.SendAndCheckEcho(pair, channel, 3000, 40 + role);

                // The peer goes silent: nothing it queues reaches us any more.
                long lastHeard = pair.Clock.ElapsedMilliseconds;
                long bound = lastHeard + ((KeepaliveCount + 1) * KeepaliveInterval);
                int sentBefore = prober.KeepalivesSent;
                for (long now = lastHeard + 100; now < bound; now += 100)
                {
                    pair.Clock.ElapsedMilliseconds = now;
                    pair.FireTimers();
                    DropPeerOutput(pair, role);
                    Assert.IsFalse(prober.IsClosed, "still within the bound at " + (now - lastHeard) + " ms");
                }

                pair.Clock.ElapsedMilliseconds = bound;
                pair.FireTimers();
                Assert.IsTrue(prober.IsClosed, "dead peer detected at the bound");
                Assert.IsTrue(prober.PeerNotResponding);
                Assert.IsFalse(prober.TimedOut, "a dead peer is not a phase timeout");
                Assert.AreEqual(KeepaliveCount, prober.KeepalivesSent - sentBefore);
                SshDisconnectReason reason = role == 0 ? pair.ClientEvents.Reason : pair.ServerEvents.Reason;
                string description = role == 0 ? pair.ClientEvents.Description : pair.ServerEvents.Description;
                Assert.AreEqual((int)SshDisconnectReason.PeerNotResponding, (int)reason);
                Assert.Contains("keepalives", description);
            }
        }

        [TestMethod]
        public void TrafficFromThePeerPostponesProbes()
        {
            DeviceIdentity clientKey = EnginePair.NewKey();
            DeviceIdentity hostKey = EnginePair.NewKey();
            SshSessionConfig clientConfig = EnginePair.ClientConfig(hostKey);
            clientConfig.Limits.KeepaliveIntervalMilliseconds = KeepaliveInterval;
            using EnginePair pair = new EnginePair(clientConfig, EnginePair.ServerConfig(clientKey), clientKey, hostKey, 50, 700);
            pair.Start();
            pair.Pump();
            int channel = pair.OpenAndRequest("exec", "busy");
            byte[] data = new byte[100];
            for (int i = 0; i < 10; i++)
            {
                pair.Clock.ElapsedMilliseconds += KeepaliveInterval - 1;
                pair.FireTimers();
                pair.ClientChannels.SendData(channel, data, 0, data.Length);
                pair.Pump();
            }

            Assert.AreEqual(0, pair.Client.KeepalivesSent, "the echo keeps the peer heard");
            Assert.IsFalse(pair.Client.IsClosed);
        }

        [TestMethod]
        public void ProbeRepliesAndConnectionLayerRepliesAreToldApart()
        {
            DeviceIdentity clientKey = EnginePair.NewKey();
            DeviceIdentity hostKey = EnginePair.NewKey();
            SshSessionConfig clientConfig = EnginePair.ClientConfig(hostKey);
            clientConfig.Limits.KeepaliveIntervalMilliseconds = KeepaliveInterval;
            using EnginePair pair = new EnginePair(clientConfig, EnginePair.ServerConfig(clientKey), clientKey, hostKey, 51, 1);
            pair.Start();
            pair.Pump();
            pair.Clock.ElapsedMilliseconds += KeepaliveInterval;
            pair.FireTimers();
            pair.ClientChannels.SendGlobalRequest("ping@test", true);
            pair.Clock.ElapsedMilliseconds += KeepaliveInterval;
            pair.FireTimers();
            Assert.AreEqual(2, pair.Client.KeepalivesSent);
            pair.Pump();
            Assert.AreEqual(2, pair.Client.KeepaliveRepliesReceived, "both probes answered");
            Assert.AreEqual(1, pair.ClientEvents.GlobalReplies, "one reply went to the connection layer");
            Assert.AreEqual("ping@test:failed", pair.ClientEvents.LastGlobalReply);
            Assert.IsFalse(pair.Client.IsClosed);
        }

        [TestMethod]
        public void NegativeReKeyOrKeepaliveLimitsAreRefused()
        {
            DeviceIdentity hostKey = EnginePair.NewKey();
            for (int which = 0; which < 4; which++)
            {
                SshSessionConfig config = EnginePair.ClientConfig(hostKey);
                if (which == 0)
                {
                    config.Limits.RekeyAfterBytes = -1;
                }
                else if (which == 1)
                {
                    config.Limits.RekeyAfterMilliseconds = -1;
                }
                else if (which == 2)
                {
                    config.Limits.KeepaliveIntervalMilliseconds = -1;
                }
                else
                {
                    config.Limits.KeepaliveMaxUnanswered = -1;
                }

                Assert.ThrowsException(typeof(System.ArgumentException), () =>
                {
                    SshSession session = new SshSession(config, Crypto.SuiteUnderTest.Suite, new CountingEntropy(), new FakeClock(), hostKey,
                        new RecordingListener());
                    session.Dispose();
                }, "limit " + which);
            }
        }

        [TestMethod]
        public void StartRekeyWaitsForAuthenticationAndForTheRunningExchange()
        {
            DeviceIdentity clientKey = EnginePair.NewKey();
            DeviceIdentity hostKey = EnginePair.NewKey();
            using EnginePair pair = new EnginePair(EnginePair.ClientConfig(hostKey), EnginePair.ServerConfig(clientKey), clientKey, hostKey, 52, 400);
            pair.Start();
            Assert.IsFalse(pair.Client.StartRekey(), "not before authentication");
            pair.Pump();
            Assert.IsTrue(pair.Server.Session.StartRekey());
            Assert.IsFalse(pair.Server.Session.StartRekey(), "one exchange at a time");
            pair.Pump();
            Assert.AreEqual(2, pair.Client.KeyExchangeCount);
            Assert.AreEqual(1, pair.Server.Session.RekeysStarted);
            Assert.AreEqual(0, pair.Client.RekeysStarted);
        }

        private static void DropPeerOutput(EnginePair pair, int proberRole)
        {
            if (proberRole == 0)
            {
                pair.DropServerOutput();
            }
            else
            {
                pair.DropClientOutput();
            }
        }

        private static EnginePair Pair(long clientRekeyBytes, long serverRekeyBytes, int seed)
        {
            DeviceIdentity clientKey = EnginePair.NewKey();
            DeviceIdentity hostKey = EnginePair.NewKey();
            SshSessionConfig clientConfig = EnginePair.ClientConfig(hostKey);
            SshSessionConfig serverConfig = EnginePair.ServerConfig(clientKey);
            clientConfig.Limits.RekeyAfterBytes = clientRekeyBytes;
            serverConfig.Limits.RekeyAfterBytes = serverRekeyBytes;
            EnginePair pair = new EnginePair(clientConfig, serverConfig, clientKey, hostKey, seed, 3000);
            pair.SendSlice = 4000;
            return pair;
        }
    }
}
