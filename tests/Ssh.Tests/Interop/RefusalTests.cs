using System;
using System.Diagnostics;
using System.Net.Sockets;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Client;
using Callhome.Ssh.Tests.Peers;
using Callhome.Ssh.Tests.Support;
using Xunit;

namespace Callhome.Ssh.Tests.Interop
{
    /// <summary>Each refusal ends in its own failure kind within its deadline, leaving no thread or socket.</summary>
    public sealed class RefusalTests
    {
        private const int ConnectTimeout = 15000;

        [SkippableFact]
        public void RejectsHostKeyThatDoesNotMatchPin()
        {
            Skip.IfNot(SshdPeer.IsInstalled, "OpenSSH sshd is not installed");
            ICryptoSuite suite = TestPlatform.Suite(new SystemEntropy());
            using DeviceIdentity device = TestPlatform.NewDevice(suite);
            using SshdPeer sshd = SshdPeer.Start(TestPlatform.AuthorizedKeysLine(device));
            SshConnectionException failure = ExpectFailure(sshd.Port, ClientHarness.Config("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), suite, device);
            Assert.Equal(SshFailureKind.HostKeyMismatch, failure.Kind);
            Assert.Equal(SshDisconnectReason.HostKeyNotVerifiable, failure.Reason);
        }

        [SkippableFact]
        public void ReportsAuthenticationFailureForKeyTheServerDoesNotAccept()
        {
            Skip.IfNot(SshdPeer.IsInstalled, "OpenSSH sshd is not installed");
            ICryptoSuite suite = TestPlatform.Suite(new SystemEntropy());
            using DeviceIdentity device = TestPlatform.NewDevice(suite);
            using DeviceIdentity other = TestPlatform.NewDevice(suite);
            using SshdPeer sshd = SshdPeer.Start(TestPlatform.AuthorizedKeysLine(other));
            string pin = TestPlatform.FingerprintOfLine(sshd.HostPublicKey, suite);
            SshConnectionException failure = ExpectFailure(sshd.Port, ClientHarness.Config(pin), suite, device);
            Assert.Equal(SshFailureKind.AuthenticationFailed, failure.Kind);
            Assert.Equal(SshDisconnectReason.NoMoreAuthMethodsAvailable, failure.Reason);
            Assert.Contains("publickey", failure.Message, StringComparison.Ordinal);
        }

        [SkippableFact]
        public void FailsKeyExchangeWhenNoCipherIsInCommon()
        {
            Skip.IfNot(SshdPeer.IsInstalled, "OpenSSH sshd is not installed");
            ICryptoSuite suite = TestPlatform.Suite(new SystemEntropy());
            using DeviceIdentity device = TestPlatform.NewDevice(suite);
            using SshdPeer sshd = SshdPeer.Start(TestPlatform.AuthorizedKeysLine(device), "Ciphers aes192-ctr");
            string pin = TestPlatform.FingerprintOfLine(sshd.HostPublicKey, suite);
            SshConnectionException failure = ExpectFailure(sshd.Port, ClientHarness.Config(pin), suite, device);
            Assert.Equal(SshFailureKind.KeyExchangeFailed, failure.Kind);
            Assert.Equal(SshDisconnectReason.KeyExchangeFailed, failure.Reason);
            Assert.Contains("cipher", failure.Message, StringComparison.Ordinal);
        }

        [SkippableFact]
        public void ReportsChannelRefusedForUnknownSubsystemAndStaysUsable()
        {
            Skip.IfNot(SshdPeer.IsInstalled, "OpenSSH sshd is not installed");
            ICryptoSuite suite = TestPlatform.Suite(new SystemEntropy());
            using DeviceIdentity device = TestPlatform.NewDevice(suite);
            using SshdPeer sshd = SshdPeer.Start(TestPlatform.AuthorizedKeysLine(device));
            string pin = TestPlatform.FingerprintOfLine(sshd.HostPublicKey, suite);
            using SshClient client = ClientHarness.Connect(sshd.Port, ClientHarness.Config(pin), suite, device);
            SshConnectionException failure = Assert.Throws<SshConnectionException>(() => client.OpenSubsystem("no-such-subsystem", 10000));
            Assert.Equal(SshFailureKind.ChannelRefused, failure.Kind);
            using SshChannel hello = client.OpenSubsystem("hello", 10000);
            Assert.Equal(SshdPeer.HelloText + "\n", OpenSshInteropTests.ReadToEnd(hello));
        }

        [Fact]
        public void ReportsConnectionLostWhenServerDropsMidKeyExchange()
        {
            ICryptoSuite suite = TestPlatform.Suite(new SystemEntropy());
            using DeviceIdentity device = TestPlatform.NewDevice(suite);
            using var server = new TinyServer("SSH-2.0-Tiny_1.0\r\n", closeAfterPrefix: true);
            SshConnectionException failure = ExpectFailure(server.Port, ClientHarness.Config("SHA256:x"), suite, device);
            Assert.Equal(SshFailureKind.ConnectionLost, failure.Kind);
        }

        [Fact]
        public void TimesOutOnServerThatStaysSilent()
        {
            ICryptoSuite suite = TestPlatform.Suite(new SystemEntropy());
            using DeviceIdentity device = TestPlatform.NewDevice(suite);
            using var server = new TinyServer(string.Empty, closeAfterPrefix: false);
            SshSessionConfig config = ClientHarness.Config("SHA256:x");
            config.Limits.IdentificationTimeoutMilliseconds = 700;
            var clock = Stopwatch.StartNew();
            SshConnectionException failure = ExpectFailure(server.Port, config, suite, device);
            Assert.Equal(SshFailureKind.Timeout, failure.Kind);
            Assert.Contains("identification", failure.Message, StringComparison.Ordinal);
            Assert.InRange(clock.ElapsedMilliseconds, 600, 5000);
        }

        [Fact]
        public void TimesOutInKeyExchangeWhenServerStallsAfterItsVersion()
        {
            ICryptoSuite suite = TestPlatform.Suite(new SystemEntropy());
            using DeviceIdentity device = TestPlatform.NewDevice(suite);
            using var server = new TinyServer("SSH-2.0-Staller\r\n", closeAfterPrefix: false);
            SshSessionConfig config = ClientHarness.Config("SHA256:x");
            config.Limits.KexTimeoutMilliseconds = 700;
            SshConnectionException failure = ExpectFailure(server.Port, config, suite, device);
            Assert.Equal(SshFailureKind.Timeout, failure.Kind);
            Assert.Contains("key exchange", failure.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void RejectsProtocolVersionOne()
        {
            ICryptoSuite suite = TestPlatform.Suite(new SystemEntropy());
            using DeviceIdentity device = TestPlatform.NewDevice(suite);
            using var server = new TinyServer("SSH-1.5-Old\r\n", closeAfterPrefix: false);
            SshConnectionException failure = ExpectFailure(server.Port, ClientHarness.Config("SHA256:x"), suite, device);
            Assert.Equal(SshFailureKind.ProtocolError, failure.Kind);
            Assert.Equal(SshDisconnectReason.ProtocolVersionNotSupported, failure.Reason);
        }

        private static SshConnectionException ExpectFailure(int port, SshSessionConfig config, ICryptoSuite suite, DeviceIdentity device)
        {
            var clock = Stopwatch.StartNew();
            SshClient? client = null;
            Socket? socket = null;
            SshConnectionException failure = Assert.Throws<SshConnectionException>(
                () => ClientHarness.Connect(port, config, suite, device, ConnectTimeout, out client, out socket));
            Assert.True(clock.ElapsedMilliseconds < ConnectTimeout, "failed by its own deadline, not the caller's");
            Assert.NotNull(client);
            Assert.False(client!.ThreadsRunning, "no thread left running");
            Assert.True(socket!.SafeHandle.IsClosed, "the socket is closed");
            return failure;
        }
    }
}
