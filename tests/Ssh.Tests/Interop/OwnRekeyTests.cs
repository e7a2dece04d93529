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
    /// Re-keys that WE start (RFC 4253 §9) when our byte limit is reached in the middle of a large transfer, in
    /// both roles: our client against sshd and Dropbear (whose own limits are far away), our server against
    /// ssh, dbclient and paramiko (dialled by us). The peers only answer: every extra key exchange is ours.
    /// </summary>
    public sealed class OwnRekeyTests
    {
        private const int TransferBytes = 3 * 1024 * 1024;
        private const long Limit = 256 * 1024;

        [SkippableTheory]
        [InlineData("ssh", "chacha20-poly1305@openssh.com", null)]
        [InlineData("dbclient", "aes256-ctr", "hmac-sha2-256")]
        [InlineData("paramiko", "aes128-ctr", "hmac-sha2-512")]
        public void OurServerReKeysWhenItsLimitIsReached(string peer, string cipher, string? mac)
        {
            ServerInterop.Echo(peer, true, cipher, mac, "subsystem", TransferBytes,
                config => config.Limits.RekeyAfterBytes = Limit,
                server =>
                {
                    int started = server.Inspect(s => s.RekeysStarted);
                    Assert.True(started >= 3, "our server started " + started + " re-keys");

                    // The last one may have been cut short by the client's exit; the peer started none.
                    Assert.InRange(server.Inspect(s => s.KeyExchangeCount), started, started + 1);
                });
        }

        [SkippableFact]
        public void OurClientReKeysAgainstSshdWhenItsLimitIsReached()
        {
            Skip.IfNot(SshdPeer.IsInstalled, "OpenSSH sshd is not installed");
            ICryptoSuite suite = TestPlatform.Suite(new SystemEntropy());
            using DeviceIdentity device = TestPlatform.NewDevice(suite);
            using SshdPeer sshd = SshdPeer.Start(TestPlatform.AuthorizedKeysLine(device));
            SshSessionConfig config = ClientHarness.Config(TestPlatform.FingerprintOfLine(sshd.HostPublicKey, suite), "aes128-ctr", "hmac-sha2-256-etm@openssh.com");
            config.Limits.RekeyAfterBytes = Limit;
            using SshClient client = ClientHarness.Connect(sshd.Port, config, suite, device);
            using (SshChannel echo = client.OpenSubsystem("echo", 10000))
            {
                ChannelTransfer.EchoAndCheck(echo, TransferBytes, () => sshd.Log);
            }

            CheckOwnRekeys(client);
        }

        [SkippableFact]
        public void OurClientReKeysAgainstDropbearWhenItsLimitIsReached()
        {
            Skip.IfNot(DropbearPeer.IsUsable, "dropbear-bin is not installed or we are not root (needed for its private mount)");
            ICryptoSuite suite = TestPlatform.Suite(new SystemEntropy());
            using DeviceIdentity device = TestPlatform.NewDevice(suite);
            using DropbearPeer dropbear = DropbearPeer.Start(TestPlatform.AuthorizedKeysLine(device));
            SshSessionConfig config = ClientHarness.Config(TestPlatform.FingerprintOfLine(dropbear.HostPublicKey, suite), "chacha20-poly1305@openssh.com");
            config.Limits.RekeyAfterBytes = Limit;
            using SshClient client = ClientHarness.Connect(dropbear.Port, config, suite, device);
            using (SshChannel echo = client.OpenExec("cat", 10000))
            {
                ChannelTransfer.EchoAndCheck(echo, TransferBytes, () => dropbear.Log);
            }

            CheckOwnRekeys(client);
        }

        private static void CheckOwnRekeys(SshClient client)
        {
            // The last re-key may still be running: it is ours too, so the peer started none.
            int started = client.Session!.RekeysStarted;
            Assert.True(started >= 3, "our client started " + started + " re-keys");
            Assert.InRange(client.Session.KeyExchangeCount, started, started + 1);
        }
    }
}
