using System;
using System.Security.Cryptography;
using System.Threading;
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

            byte[] data = new byte[TransferBytes];
            new Random(1234).NextBytes(data);
            byte[] received = new byte[TransferBytes];
            Exception? writerFailure = null;
            var writer = new Thread(() =>
            {
                try
                {
                    for (int offset = 0; offset < data.Length; offset += 50000)
                    {
                        echo.Write(data, offset, Math.Min(50000, data.Length - offset));
                    }

                    echo.CloseOutput();
                }
                catch (Exception e) when (e is SshConnectionException || e is InvalidOperationException)
                {
                    writerFailure = e;
                }
            });
            writer.Start();
            int done = 0;
            try
            {
                while (done < received.Length)
                {
                    int n = echo.Read(received, done, received.Length - done);
                    Assert.True(n > 0, "end of stream after " + done + " bytes\n" + sshd.Log);
                    done += n;
                }
            }
            finally
            {
                writer.Join();
            }

            Assert.Null(writerFailure);
            Assert.Equal(0, echo.Read(new byte[1], 0, 1));
            Assert.Equal(SHA256.HashData(data), SHA256.HashData(received));
            int rekeys = client.Session!.KeyExchangeCount;

            Assert.True(rekeys >= 3, "expected several key exchanges, saw " + rekeys);
        }
    }
}
