using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Linq;
using System.Text.Json;
using Callhome.AgentCore.Model.Pdu;
using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Device;
using Callhome.AgentCore.Netconf.Notifications;
using Callhome.Netconf.Tests.Support;
using Callhome.TestSupport;
using Xunit;

namespace Callhome.Netconf.Tests.Interop
{
    /// <summary>
    /// RFC 8071 call home with ncclient as the manager: ncclient's call_home() listens, the emulated PDU dials
    /// it and serves SSH, and ncclient runs get with a subtree filter, edit-config, the switch-outlet RPC, a
    /// refused edit, get-config, and receives a notification published by the device.
    /// </summary>
    public class NcclientCallHomeTests
    {
        private const string Python = "/usr/bin/python3";
        private static readonly string[] ImportNcclient = { "-c", "import ncclient" };

        [SkippableFact]
        public void NcclientManagesThePduOverTheConnectionThePduDialled()
        {
            Skip.IfNot(File.Exists(Python) && ProcessRunner.Run(Python, ImportNcclient, TimeSpan.FromSeconds(30)).ExitCode == 0,
                "python3-ncclient is not installed (tools/setup.sh installs it)");
            string directory = Directory.CreateTempSubdirectory("callhome-ncclient-").FullName;
            try
            {
                string key = Path.Combine(directory, "manager");
                ProcessResult keygen = ProcessRunner.Run("ssh-keygen", new[] { "-q", "-t", "ed25519", "-N", string.Empty, "-f", key }, TimeSpan.FromSeconds(30));
                Assert.True(keygen.ExitCode == 0, keygen.Describe());
                using var device = new NetconfDeviceUnderTest(File.ReadAllText(key + ".pub"));
                int port = FreePort();
                using var manager = new PeerLines(Python, Path.Combine(AppContext.BaseDirectory, "Peers", "ncclient_manager.py"), port.ToString(), key);
                manager.WaitFor("LISTENING", TimeSpan.FromSeconds(30));
                device.Dial(port);
                manager.WaitFor("SUBSCRIBED", TimeSpan.FromSeconds(60));
                device.Events.Publish(new NetconfEvent(new DateTime(2026, 12, 4, 12, 0, 0), Overcurrent(3, 123)));
                string line = manager.WaitFor("RESULT ", TimeSpan.FromSeconds(60));
                using JsonDocument result = JsonDocument.Parse(line.Substring("RESULT ".Length));
                JsonElement root = result.RootElement;

                Assert.Contains("urn:ietf:params:netconf:base:1.1", root.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()));
                string get = root.GetProperty("get").GetString()!;
                Assert.Contains("<id>3</id>", get, StringComparison.Ordinal);
                Assert.DoesNotContain("<id>4</id>", get, StringComparison.Ordinal);
                Assert.True(root.GetProperty("edit_ok").GetBoolean(), "edit-config ok");
                Assert.True(root.GetProperty("switch_ok").GetBoolean(), "switch-outlet ok");
                Assert.Equal("invalid-value", root.GetProperty("bad_edit").GetString());
                Assert.Contains("<name>core-switch</name>", root.GetProperty("get_config").GetString()!, StringComparison.Ordinal);
                Assert.Contains("outlet-overcurrent", root.GetProperty("notification").GetString()!, StringComparison.Ordinal);
                Assert.Equal("core-switch", device.Pdu.Controller.Model.Outlet(3).Name);
                Assert.Equal(0x0004, device.Pdu.Expander.PinLevels & 0x00FF);
                Assert.True(manager.WaitForExit(TimeSpan.FromSeconds(30)), "ncclient closed its session and exited");
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        private static DataNode Overcurrent(int outlet, int deciamps)
        {
            var content = new DataNode(DeviceModules.Pdu, "outlet-overcurrent", null, false);
            content.Leaf("id", outlet.ToString(System.Globalization.CultureInfo.InvariantCulture), false);
            content.Leaf("current", AgentCore.Netconf.Schema.DecimalType.Format(deciamps), false);
            return content;
        }

        private static int FreePort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }
    }
}
