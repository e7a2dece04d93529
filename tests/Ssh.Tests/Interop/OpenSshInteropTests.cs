using System;
using System.Text;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh.Client;
using Callhome.Ssh.Tests.Peers;
using Callhome.Ssh.Tests.Support;
using Xunit;

namespace Callhome.Ssh.Tests.Interop
{
    /// <summary>Our client against a real OpenSSH 9.2 sshd, one cipher suite per case.</summary>
    public sealed class OpenSshInteropTests
    {
        public static TheoryData<string, string?> Suites => new()
        {
            { "chacha20-poly1305@openssh.com", null },
            { "aes128-ctr", "hmac-sha2-256-etm@openssh.com" },
            { "aes128-ctr", "hmac-sha2-512-etm@openssh.com" },
            { "aes128-ctr", "hmac-sha2-256" },
            { "aes128-ctr", "hmac-sha2-512" },
            { "aes256-ctr", "hmac-sha2-256-etm@openssh.com" },
            { "aes256-ctr", "hmac-sha2-512-etm@openssh.com" },
            { "aes256-ctr", "hmac-sha2-256" },
            { "aes256-ctr", "hmac-sha2-512" },
        };

        [SkippableTheory]
        [MemberData(nameof(Suites))]
        public void EchoesThroughSubsystemAndRunsExecWithSuite(string cipher, string? mac)
        {
            Skip.IfNot(SshdPeer.IsInstalled, "OpenSSH sshd is not installed (tools/setup.sh installs it)");
            var entropy = new SystemEntropy();
            ICryptoSuite suite = TestPlatform.Suite(entropy);
            using DeviceIdentity device = TestPlatform.NewDevice(suite);
            using SshdPeer sshd = SshdPeer.Start(TestPlatform.AuthorizedKeysLine(device));
            string pin = TestPlatform.FingerprintOfLine(sshd.HostPublicKey, suite);
            using SshClient client = ClientHarness.Connect(sshd.Port, ClientHarness.Config(pin, cipher, mac), suite, device);

            string negotiated = client.Session!.NegotiatedDescription;
            Assert.Contains(cipher, negotiated, StringComparison.Ordinal);
            if (mac != null)
            {
                Assert.Contains(mac, negotiated, StringComparison.Ordinal);
            }

            Assert.True(client.Session.IsStrictKex, "OpenSSH 9.2 offers strict kex");
            Assert.Contains("ssh-ed25519", client.Session.ServerSignatureAlgorithms, StringComparison.Ordinal);

            using (SshChannel echo = client.OpenSubsystem("echo", 10000))
            {
                byte[] message = Encoding.ASCII.GetBytes("ping over " + cipher + "\n");
                echo.Write(message, 0, message.Length);
                byte[] back = ReadExactly(echo, message.Length);
                Assert.Equal(message, back);
                echo.CloseOutput();
                Assert.Equal(0, echo.Read(new byte[16], 0, 16));
            }

            using (SshChannel hello = client.OpenSubsystem("hello", 10000))
            {
                Assert.Equal(SshdPeer.HelloText + "\n", ReadToEnd(hello));
            }

            using (SshChannel exec = client.OpenExec("echo exec-$((6*7)); exit 3", 10000))
            {
                Assert.Equal("exec-42\n", ReadToEnd(exec));
                Assert.True(exec.WaitForExit(10000), "exit-status arrives");
                Assert.Equal(3u, exec.ExitStatus);
            }
        }

        [SkippableFact]
        public void NegotiatesTheLibsshNameOfCurve25519()
        {
            Skip.IfNot(SshdPeer.IsInstalled, "OpenSSH sshd is not installed");
            ICryptoSuite suite = TestPlatform.Suite(new SystemEntropy());
            using DeviceIdentity device = TestPlatform.NewDevice(suite);
            using SshdPeer sshd = SshdPeer.Start(TestPlatform.AuthorizedKeysLine(device));
            var config = ClientHarness.Config(TestPlatform.FingerprintOfLine(sshd.HostPublicKey, suite));
            config.KexAlgorithms = new[] { "curve25519-sha256@libssh.org" };
            using SshClient client = ClientHarness.Connect(sshd.Port, config, suite, device);
            Assert.StartsWith("curve25519-sha256@libssh.org ", client.Session!.NegotiatedDescription, StringComparison.Ordinal);
            Assert.True(client.Session.IsAuthenticated);
        }

        internal static byte[] ReadExactly(SshChannel channel, int count)
        {
            byte[] buffer = new byte[count];
            int done = 0;
            while (done < count)
            {
                int n = channel.Read(buffer, done, count - done);
                Assert.True(n > 0, "unexpected end of stream after " + done + " bytes");
                done += n;
            }

            return buffer;
        }

        internal static string ReadToEnd(SshChannel channel)
        {
            var text = new StringBuilder();
            byte[] buffer = new byte[4096];
            int n;
            while ((n = channel.Read(buffer, 0, buffer.Length)) > 0)
            {
                text.Append(Encoding.UTF8.GetString(buffer, 0, n));
            }

            return text.ToString();
        }
    }
}
