using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net.Sockets;
using Callhome.AgentCore.CallHome;
using Callhome.AgentCore.Config;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh.Client;
using Callhome.Crypto.BouncyCastle;
using Callhome.Netconf.Tests.Support;
using Callhome.TestSupport;
using Xunit;

namespace Callhome.Netconf.Tests.Interop
{
    /// <summary>
    /// The call-home loop itself against a real manager: the first endpoint refuses (nothing listens), the loop
    /// tries it three times with the minimum wait between, fails over to the second — a real sshd running the
    /// turn-mode manager — and serves NETCONF there; after the manager's close-session it schedules the next call.
    /// </summary>
    public class CallHomeFailoverTests
    {
        private static readonly TimeSpan Step = TimeSpan.FromSeconds(60);

        [SkippableFact]
        public void TheLoopFailsOverToTheSecondManagerAndServesItInTurnMode()
        {
            Skip.IfNot(SshdPeer.IsInstalled && File.Exists("/usr/bin/python3"), "OpenSSH sshd or python3 is not installed (tools/setup.sh installs them)");
            using var device = new NetconfDeviceUnderTest(string.Empty);
            var entropy = new SystemEntropy();
            var suite = new BouncyCastleSuite(entropy);
            using DeviceIdentity deviceKey = DeviceIdentity.LoadOrCreate(new MemoryKeyStore(), suite);
            string result = Path.Combine(Path.GetTempPath(), "callhome-failover-" + Guid.NewGuid().ToString("N") + ".json");
            string manager = Path.Combine(AppContext.BaseDirectory, "Peers", "turn_manager.py");
            using SshdPeer sshd = SshdPeer.Start(SshPublicKeyFormat.AuthorizedKeysLine(deviceKey.PublicKeyBlob(), "pdu"),
                "Subsystem netconf-turn /usr/bin/python3 " + manager + " " + result);
            try
            {
                int refused = Loopback.FreePort();
                var config = new DeviceConfig
                {
                    ManagerEndpoints = new[] { new ManagerEndpoint("127.0.0.1", refused), new ManagerEndpoint("127.0.0.1", sshd.Port) },
                    ManagerHostKeyFingerprint = SshPublicKeyFormat.Sha256Fingerprint(Convert.FromBase64String(sshd.HostPublicKey.Split(' ')[1]), suite),
                    Protocol = CallHomeProtocol.Turn,
                    ManagerUserName = Environment.UserName,
                    ReconnectMinSeconds = 1,
                    ReconnectMaxSeconds = 2,
                };
                Assert.Null(config.Validate());
                using var log = new LogLines();
                using (var agent = new CallHomeAgent(config, device.Server, new LoopbackDialer(), suite, entropy, new TestClock(), deviceKey, log))
                {
                    Assert.True(agent.Start(), log.Transcript);
                    for (int attempt = 0; attempt < CallHomeSchedule.MaxAttempts; attempt++)
                    {
                        string failed = log.WaitFor("call to 127.0.0.1:" + refused + " failed", Step);
                        Assert.EndsWith(attempt < CallHomeSchedule.MaxAttempts - 1 ? "next call in 1 s" : "next call in 0 s", failed, StringComparison.Ordinal);
                    }

                    log.WaitFor("connected to 127.0.0.1:" + sshd.Port, Step);
                    string ended = log.WaitFor("session with 127.0.0.1:" + sshd.Port + " ended", Step);
                    Assert.Contains("close-session", ended, StringComparison.Ordinal);
                    Assert.EndsWith("next call in 1 s", ended, StringComparison.Ordinal);
                    Assert.Equal(1, agent.Sessions);
                }

                Assert.True(FileArrival.WaitFor(result, Step), "the manager wrote its results\n" + sshd.Log);
                Assert.Equal("turned", device.Pdu.Controller.Model.Outlet(5).Name);
            }
            finally
            {
                File.Delete(result);
                File.Delete(result + ".part");
            }
        }

        [Fact]
        public void WithoutAPinnedManagerKeyTheDeviceDoesNotCall()
        {
            using var device = new NetconfDeviceUnderTest(string.Empty);
            var entropy = new SystemEntropy();
            var suite = new BouncyCastleSuite(entropy);
            using DeviceIdentity deviceKey = DeviceIdentity.LoadOrCreate(new MemoryKeyStore(), suite);
            var config = new DeviceConfig { ManagerEndpoints = new[] { new ManagerEndpoint("127.0.0.1", 4334) } };
            using var log = new LogLines();
            var dialer = new LoopbackDialer();
            using var agent = new CallHomeAgent(config, device.Server, dialer, suite, entropy, new TestClock(), deviceKey, log);
            Assert.False(agent.Start());
            Assert.Contains("not calling home: no manager key pinned", log.Transcript, StringComparison.Ordinal);
            Assert.Equal(0, dialer.Dials);
        }

        private sealed class LoopbackDialer : IManagerDialer
        {
            public int Dials { get; private set; }

            public ISshTransport? Dial(string host, int port, int timeoutMilliseconds, out string failure)
            {
                Dials++;
                try
                {
                    failure = string.Empty;
                    return Loopback.Dial(port);
                }
                catch (SocketException e)
                {
                    failure = e.SocketErrorCode == SocketError.ConnectionRefused ? "connection refused" : e.Message;
                    return null;
                }
            }
        }

        private sealed class LogLines : ICallHomeLog, IDisposable
        {
            private readonly BlockingCollection<string> lines = new();
            private readonly System.Text.StringBuilder all = new();

            public string Transcript
            {
                get
                {
                    lock (all)
                    {
                        return all.ToString();
                    }
                }
            }

            public void Dispose() => lines.Dispose();

            public void Line(string text)
            {
                lock (all)
                {
                    all.AppendLine(text);
                }

                lines.Add(text);
            }

            public string WaitFor(string fragment, TimeSpan timeout)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                while (lines.TryTake(out string? line, timeout - clock.Elapsed > TimeSpan.Zero ? timeout - clock.Elapsed : TimeSpan.Zero))
                {
                    if (line.Contains(fragment, StringComparison.Ordinal))
                    {
                        return line;
                    }
                }

                throw new TimeoutException("no log line with '" + fragment + "' within " + timeout + ":\n" + Transcript);
            }
        }
    }
}
