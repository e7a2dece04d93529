using System;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Auth;
using Callhome.AgentCore.Ssh.Connection;
using Callhome.AgentCore.Ssh.Connection.Messages;
using Callhome.AgentCore.Ssh.Server;
using Callhome.Ssh.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Callhome.Ssh.Tests.Budget
{
    /// <summary>
    /// Bytes our client allocates for one whole handshake (docs/benchmarks.md): identification, curve25519 key
    /// exchange, publickey authentication, a session channel and the subsystem request answered must stay within
    /// 64 KiB. The new session's own buffers, sized by SshLimits (RFC 4253 §6.1 makes every side accept
    /// 35,000-byte packets) and kept for the session's life, are counted separately and bounded by what the
    /// limits ask for, so neither can grow unnoticed. Client and server run in memory on this thread with
    /// seeded entropy and a manual clock, and only the client's calls are counted
    /// (GC.GetAllocatedBytesForCurrentThread around each), so the figure is deterministic: the same bytes move
    /// in the same order every run. The first handshake warms up the runtime and BouncyCastle's lazy tables; the
    /// second is measured.
    /// </summary>
    public sealed class HandshakeAllocationTests
    {
        private const long Budget = 64 * 1024;
        private readonly ITestOutputHelper output;

        public HandshakeAllocationTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void AClientHandshakeToSubsystemReadyAllocatesAtMost64KiB()
        {
            Measured warmup = Handshake();
            Measured measured = Handshake();
            Measured again = Handshake();
            output.WriteLine("client allocations per handshake: " + measured.Setup + " B session setup (buffers sized by SshLimits) + "
                + measured.Protocol + " B protocol = " + measured.Total + " B (warm-up " + warmup.Total + " B)");
            Assert.True(measured.Ready && again.Ready, "the handshake reached subsystem ready");
            Assert.Equal(measured.Total, again.Total);
            Assert.True(measured.Protocol <= Budget, "client handshake allocated " + measured.Protocol + " B, budget " + Budget + " B");
            long buffers = LimitSizedBuffers(SshLimits.CreateDefault());
            Assert.True(measured.Setup <= buffers + 4096, "session setup allocated " + measured.Setup + " B; its limit-sized buffers are " + buffers + " B");
        }

        /// <summary>The buffers a client session holds for its life: the packet reader's input and plaintext, the
        /// packet writer's plaintext, the session's message scratch, the outbox's first 4 KiB and the connection
        /// service's send buffer (one channel data message of ChannelMaxPacket).</summary>
        private static long LimitSizedBuffers(SshLimits limits)
        {
            long reader = (4 + limits.MaxReceivePacketLength + 64) + (4 + limits.MaxReceivePacketLength);
            long writer = 4 + limits.MaxSendPacketLength + 36;
            long scratch = limits.MaxSendPacketLength;
            long channels = Math.Max(ChannelExtendedDataMessage.Overhead + limits.ChannelMaxPacket, 256 + limits.MaxFieldLength);
            return reader + writer + scratch + 4096 + channels;
        }

        /// <summary>Everything seeded afresh, so each handshake is the same one (the ephemeral keys decide, for
        /// example, whether the shared secret's mpint needs a leading zero byte).</summary>
        private static Measured Handshake()
        {
            ICryptoSuite clientSuite = TestPlatform.Suite(new SeededEntropy(1));
            ICryptoSuite serverSuite = TestPlatform.Suite(new SeededEntropy(2));
            using DeviceIdentity device = TestPlatform.NewDevice(clientSuite, new byte[32]);
            using DeviceIdentity host = TestPlatform.NewDevice(serverSuite, Fill(7));
            string pin = SshPublicKeyFormat.Sha256Fingerprint(host.PublicKeyBlob(), clientSuite);
            var clientConfig = new SshSessionConfig("device", pin);
            var serverConfig = new SshSessionConfig(string.Empty, string.Empty)
            {
                Role = SshRole.Server,
                AuthorizedKeys = AuthorizedKeys.Parse(TestPlatform.AuthorizedKeysLine(device) + "\n"),
            };
            var handlers = new SshServerHandlers();
            handlers.RegisterSubsystem("echo", new IdleHandler());
            using var server = new SshServerConnection(serverConfig, serverSuite, new SeededEntropy(3), new ManualClock(), host, handlers, null);
            var events = new ClientEvents();
            var clientEntropy = new SeededEntropy(4);
            var clock = new ManualClock();
            byte[] chunk = new byte[65536];
            server.Start();

            long start = GC.GetAllocatedBytesForCurrentThread();
            var client = new SshSession(clientConfig, clientSuite, clientEntropy, clock, device, events);
            events.Channels = new ConnectionService(client, clientConfig.Limits, SshRole.Client, events);
            long setup = GC.GetAllocatedBytesForCurrentThread() - start;

            long protocol = 0;
            long before = GC.GetAllocatedBytesForCurrentThread();
            client.Start();
            protocol += GC.GetAllocatedBytesForCurrentThread() - before;
            bool moved = true;
            while (moved && !events.Ready && !client.IsClosed)
            {
                before = GC.GetAllocatedBytesForCurrentThread();
                int n = client.TakeOutput(chunk, 0, chunk.Length);
                protocol += GC.GetAllocatedBytesForCurrentThread() - before;
                moved = n > 0;
                if (n > 0)
                {
                    server.Receive(chunk, 0, n);
                }

                n = server.TakeOutput(chunk, 0, chunk.Length);
                if (n > 0)
                {
                    moved = true;
                    before = GC.GetAllocatedBytesForCurrentThread();
                    client.Receive(chunk, 0, n);
                    protocol += GC.GetAllocatedBytesForCurrentThread() - before;
                }
            }

            client.Dispose();
            return new Measured(setup, protocol, events.Ready);
        }

        private static byte[] Fill(byte value)
        {
            byte[] seed = new byte[32];
            Array.Fill(seed, value);
            return seed;
        }

        private readonly record struct Measured(long Setup, long Protocol, bool Ready)
        {
            public long Total => Setup + Protocol;
        }

        /// <summary>The client's side as SshClient drives it: a session channel once authenticated, then the
        /// subsystem request; ready when the server accepts it.</summary>
        private sealed class ClientEvents : ISshSessionListener, IConnectionListener
        {
            public ConnectionService? Channels { get; set; }

            public bool Ready { get; private set; }

            public void OnHostKeyVerified(string fingerprint)
            {
            }

            public void OnHostKeyMismatch(string expectedFingerprint, string actualFingerprint)
            {
            }

            public void OnTransportReady()
            {
            }

            public void OnBanner(string message)
            {
            }

            public void OnAuthenticated() => Channels!.OpenSession();

            public void OnAuthenticationFailed(string methodsThatCanContinue, bool partialSuccess)
            {
            }

            public bool OnConnectionMessage(byte[] payload, int offset, int count) => Channels!.HandleMessage(payload, offset, count);

            public void OnDisconnected(SshDisconnectReason reason, string description, bool fromPeer)
            {
            }

            public void ChannelOpened(int channelId, bool openedByPeer) => Channels!.SendSubsystem(channelId, "echo");

            public void ChannelOpenFailed(int channelId, uint reasonCode, string description)
            {
            }

            public void ChannelData(int channelId, uint dataType, byte[] data, int offset, int count)
            {
            }

            public void ChannelWindowAdjusted(int channelId)
            {
            }

            public void ChannelEof(int channelId)
            {
            }

            public void ChannelClosed(int channelId)
            {
            }

            public void ChannelRequestReplied(int channelId, string requestType, bool success) => Ready = success;

            public void ChannelExitStatus(int channelId, uint exitStatus)
            {
            }

            public bool ChannelRequest(int channelId, ChannelRequestMessage request) => false;

            public void GlobalRequestReplied(string requestName, bool success)
            {
            }
        }

        private sealed class IdleHandler : ISshServerHandler
        {
            public bool OnRequest(int channelId, string requestType, string argument) => true;

            public void OnStarted(SshServerConnection connection, int channelId)
            {
            }

            public void OnData(SshServerConnection connection, int channelId, uint dataType, byte[] data, int offset, int count)
            {
            }

            public void OnWindowAdjusted(SshServerConnection connection, int channelId)
            {
            }

            public void OnEof(SshServerConnection connection, int channelId)
            {
            }

            public void OnClosed(SshServerConnection connection, int channelId)
            {
            }
        }
    }
}
