using System;
using System.IO;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Netconf.Transport;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Client;
using Callhome.Crypto.BouncyCastle;
using Callhome.Netconf.Tests.Support;
using Callhome.TestSupport;
using Xunit;

namespace Callhome.Netconf.Tests.Interop
{
    /// <summary>
    /// The call-home draft's mode (§7) through a real OpenSSH sshd: the emulated PDU dials the manager's sshd as
    /// SSH client (host key pinned, its own key authorized), opens `netconf-turn`, and serves NETCONF to the
    /// manager program sshd runs for that subsystem.
    /// </summary>
    public class TurnModeTests
    {
        [SkippableFact]
        public void TheManagerBehindSshdManagesTheDeviceThatDialledIt()
        {
            Skip.IfNot(SshdPeer.IsInstalled && File.Exists("/usr/bin/python3"), "OpenSSH sshd or python3 is not installed (tools/setup.sh installs them)");
            using var device = new NetconfDeviceUnderTest(string.Empty);
            var suite = new BouncyCastleSuite(new SystemEntropy());
            using DeviceIdentity deviceKey = DeviceIdentity.LoadOrCreate(new MemoryKeyStore(), suite);
            string result = Path.Combine(Path.GetTempPath(), "callhome-turn-" + Guid.NewGuid().ToString("N") + ".json");
            string manager = Path.Combine(AppContext.BaseDirectory, "Peers", "turn_manager.py");
            using SshdPeer sshd = SshdPeer.Start(SshPublicKeyFormat.AuthorizedKeysLine(deviceKey.PublicKeyBlob(), "pdu"),
                "Subsystem netconf-turn /usr/bin/python3 " + manager + " " + result);
            try
            {
                string pinned = SshPublicKeyFormat.Sha256Fingerprint(Convert.FromBase64String(sshd.HostPublicKey.Split(' ')[1]), suite);
                using var client = new SshClient(new SshSessionConfig(Environment.UserName, pinned), suite, new SystemEntropy(), new TestClock(), deviceKey);
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Connect(System.Net.IPAddress.Loopback, sshd.Port);
                client.Connect(new StreamTransport(new NetworkStream(socket, ownsSocket: true)), 20000);
                string reason = string.Empty;
                var served = new Thread(() => reason = NetconfOverChannel.ServeTurn(device.Server, client, 20000));
                served.Start();
                Assert.True(served.Join(TimeSpan.FromSeconds(60)), "the turn session ended\n" + sshd.Log);
                Assert.Equal("close-session", reason);

                Assert.True(FileArrival.WaitFor(result, TimeSpan.FromSeconds(30)), "the manager wrote its results\n" + sshd.Log);
                using JsonDocument seen = JsonDocument.Parse(File.ReadAllText(result));
                JsonElement root = seen.RootElement;
                Assert.True(root.GetProperty("hello_has_base11").GetBoolean(), "device hello");
                Assert.Contains("<id>5</id>", root.GetProperty("get").GetString()!, StringComparison.Ordinal);
                Assert.Contains("<ok/>", root.GetProperty("edit").GetString()!, StringComparison.Ordinal);
                Assert.Contains("<name>turned</name>", root.GetProperty("get_config").GetString()!, StringComparison.Ordinal);
                Assert.Contains("<ok/>", root.GetProperty("close").GetString()!, StringComparison.Ordinal);
                Assert.Equal("turned", device.Pdu.Controller.Model.Outlet(5).Name);
            }
            finally
            {
                File.Delete(result);
                File.Delete(result + ".part");
            }
        }
    }
}
