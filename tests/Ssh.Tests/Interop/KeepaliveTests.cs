using System;
using System.Collections.Generic;
using System.IO;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Client;
using Callhome.Ssh.Tests.Peers;
using Callhome.Ssh.Tests.Support;
using Xunit;

namespace Callhome.Ssh.Tests.Interop
{
    /// <summary>
    /// Our keepalives against real peers frozen with SIGSTOP (by PID; SIGCONT and kill afterwards): the
    /// connection stays up at the TCP level but nothing answers, and our side must end the session with
    /// PeerNotResponding within interval × (count + 1) after the last packet heard. No timing is asserted
    /// beyond "detected before the bound plus a generous margin" (waits are on events with that timeout).
    /// </summary>
    public sealed class KeepaliveTests
    {
        private const int Interval = 1000;
        private const int Count = 2;
        private const int Bound = Interval * (Count + 1);
        private const int Margin = 10000;

        [SkippableTheory]
        [InlineData("ssh", false)]
        [InlineData("dbclient", true)]
        [InlineData("paramiko", true)]
        public void OurServerDetectsAFrozenClient(string peer, bool dialledByUs)
        {
            ServerInterop.SkipUnlessInstalled(peer);
            string directory = Directory.CreateTempSubdirectory("callhome-ssh-ka-").FullName;
            try
            {
                string key = StockClients.NewKey(directory, "id_ed25519");
                using var server = new ServerUnderTest(StockClients.PublicKeyLine(key), config =>
                {
                    config.Limits.KeepaliveIntervalMilliseconds = Interval;
                    config.Limits.KeepaliveMaxUnanswered = Count;
                });
                int port = dialledByUs ? 0 : server.ListenOnce();

                // ssh and dbclient keep stdin open (no input): the echo channel stays open and idle. paramiko
                // echoes a payload far larger than the window, so it is mid-transfer when frozen.
                using ClientProcess client = ServerInterop.StartClient(peer, directory, server, dialledByUs, port, "aes128-ctr", "hmac-sha2-256",
                    "subsystem", "echo", 8 * 1024 * 1024, null, key);
                if (dialledByUs)
                {
                    server.Dial(client.WaitForListeningPort(20000));
                }

                Assert.True(server.Echo.StartedEvent.Wait(20000), "the echo channel starts; " + peer + " said: " + client.Errors);
                client.Stop();
                try
                {
                    Assert.True(server.WaitForEnd(Bound + Margin), "our server noticed the frozen " + peer);
                    Assert.Equal(SshDisconnectReason.PeerNotResponding, server.Events.Reason);
                    Assert.Contains("keepalives", server.Events.Description, StringComparison.Ordinal);
                    Assert.True(server.Inspect(s => s.PeerNotResponding));
                    Assert.False(server.Inspect(s => s.TimedOut));
                    Assert.True(server.Inspect(s => s.KeepalivesSent) >= Count);
                }
                finally
                {
                    client.Continue();
                }
            }
            finally
            {
                Directory.Delete(directory, true);
            }
        }

        [SkippableTheory]
        [InlineData("sshd")]
        [InlineData("dropbear")]
        public void OurClientDetectsAFrozenServer(string peer)
        {
            Skip.IfNot(peer == "sshd" ? SshdPeer.IsInstalled : DropbearPeer.IsUsable, peer + " is not installed (or not usable here)");
            ICryptoSuite suite = TestPlatform.Suite(new SystemEntropy());
            using DeviceIdentity device = TestPlatform.NewDevice(suite);
            using SshdPeer? sshd = peer == "sshd" ? SshdPeer.Start(TestPlatform.AuthorizedKeysLine(device)) : null;
            using DropbearPeer? dropbear = peer == "dropbear" ? DropbearPeer.Start(TestPlatform.AuthorizedKeysLine(device)) : null;
            string hostKey = sshd != null ? sshd.HostPublicKey : dropbear!.HostPublicKey;
            int port = sshd != null ? sshd.Port : dropbear!.Port;
            int root = sshd != null ? sshd.ProcessId : dropbear!.ProcessId;
            SshSessionConfig config = ClientHarness.Config(TestPlatform.FingerprintOfLine(hostKey, suite));
            config.Limits.KeepaliveIntervalMilliseconds = Interval;
            config.Limits.KeepaliveMaxUnanswered = Count;
            using SshClient client = ClientHarness.Connect(port, config, suite, device);
            using SshChannel channel = sshd != null ? client.OpenSubsystem("echo", 10000) : client.OpenExec("cat", 10000);
            List<int> frozen = ProcessTree.WithDescendants(root);
            ProcessTree.Signal(frozen, "-STOP");
            try
            {
                channel.ReadTimeout = Bound + Margin;
                SshConnectionException failure = Assert.Throws<SshConnectionException>(() => channel.Read(new byte[16], 0, 16));
                Assert.Equal(SshFailureKind.PeerNotResponding, failure.Kind);
                Assert.Equal(SshDisconnectReason.PeerNotResponding, failure.Reason);
                Assert.True(client.Session!.PeerNotResponding);
                Assert.True(client.Session.KeepalivesSent >= Count);
            }
            finally
            {
                ProcessTree.Signal(frozen, "-CONT");
            }
        }
    }
}
