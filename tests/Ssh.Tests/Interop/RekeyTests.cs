using System;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh.Client;
using Callhome.Ssh.Tests.Peers;
using Callhome.Ssh.Tests.Support;
using Xunit;

namespace Callhome.Ssh.Tests.Interop
{
    /// <summary>sshd with RekeyLimit 1M re-keys several times while we push data through cat both ways.</summary>
    public sealed class RekeyTests
    {
        private const int TransferBytes = 6 * 1024 * 1024;

        [SkippableTheory]
        [InlineData("chacha20-poly1305@openssh.com", null)]
        [InlineData("aes128-ctr", "hmac-sha2-256")]
        public void SurvivesServerStartedRekeysDuringLargeTransfer(string cipher, string? mac)
        {
            Skip.IfNot(SshdPeer.IsInstalled, "OpenSSH sshd is not installed");
            ICryptoSuite suite = TestPlatform.Suite(new SystemEntropy());
            using DeviceIdentity device = TestPlatform.NewDevice(suite);
            using SshdPeer sshd = SshdPeer.Start(TestPlatform.AuthorizedKeysLine(device), "RekeyLimit 1M");
            string pin = TestPlatform.FingerprintOfLine(sshd.HostPublicKey, suite);
            using SshClient client = ClientHarness.Connect(sshd.Port, ClientHarness.Config(pin, cipher, mac), suite, device);
            using SshChannel echo = client.OpenSubsystem("echo", 10000);

            ChannelTransfer.EchoAndCheck(echo, TransferBytes, () => sshd.Log);
            int rekeys = client.Session!.KeyExchangeCount;

            Assert.True(rekeys >= 3, "expected several key exchanges, saw " + rekeys);
        }
    }
}
