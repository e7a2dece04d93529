using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Callhome.Netconf.Tests.Support;
using Callhome.TestSupport;
using Xunit;

namespace Callhome.Netconf.Tests.Interop
{
    /// <summary>
    /// RFC 8071 call home with ncclient as the manager: ncclient's call_home() listens, the emulated device dials
    /// it and serves SSH, and ncclient runs get with a subtree filter, edit-config, the device's action RPC, an
    /// edit the device refuses, get-config, then receives the notification of something that happens to the
    /// device's hardware (an outlet overcurrent on the PDU, mains failure on the UPS).
    /// </summary>
    public class NcclientCallHomeTests
    {
        private const string Python = "/usr/bin/python3";
        private static readonly string[] ImportNcclient = { "-c", "import ncclient" };

        [SkippableTheory]
        [InlineData("pdu")]
        [InlineData("ups")]
        public void NcclientManagesTheDeviceOverTheConnectionTheDeviceDialled(string kind)
        {
            Skip.IfNot(File.Exists(Python) && ProcessRunner.Run(Python, ImportNcclient, TimeSpan.FromSeconds(30)).ExitCode == 0,
                "python3-ncclient is not installed (tools/setup.sh installs it)");
            string directory = Directory.CreateTempSubdirectory("callhome-ncclient-").FullName;
            try
            {
                string key = Path.Combine(directory, "manager");
                ProcessResult keygen = ProcessRunner.Run("ssh-keygen", new[] { "-q", "-t", "ed25519", "-N", string.Empty, "-f", key }, TimeSpan.FromSeconds(30));
                Assert.True(keygen.ExitCode == 0, keygen.Describe());
                using var device = new NetconfDeviceUnderTest(File.ReadAllText(key + ".pub"), kind);
                if (kind == "ups")
                {
                    device.UpsBoard!.Mains.Millivolts = 2500;
                    device.UpsBoard.FuelGauge.StateOfChargeMillipercent = 90000;
                    device.UpsBoard.Poll();
                }

                int port = Loopback.FreePort();
                using var manager = new PeerLines(Python, Path.Combine(AppContext.BaseDirectory, "Peers", "ncclient_manager.py"),
                    port.ToString(System.Globalization.CultureInfo.InvariantCulture), key, kind);
                manager.WaitFor("LISTENING", TimeSpan.FromSeconds(30));
                device.Dial(port);
                manager.WaitFor("SUBSCRIBED", TimeSpan.FromSeconds(60));
                MakeSomethingHappen(device, kind);
                string line = manager.WaitFor("RESULT ", TimeSpan.FromSeconds(60));
                using JsonDocument result = JsonDocument.Parse(line.Substring("RESULT ".Length));
                JsonElement root = result.RootElement;

                Assert.Contains("urn:ietf:params:netconf:base:1.1", root.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()));
                Assert.True(root.GetProperty("edit_ok").GetBoolean(), "edit-config ok");
                Assert.True(root.GetProperty("action_ok").GetBoolean(), "action RPC ok");
                Assert.Equal("invalid-value", root.GetProperty("bad_edit").GetString());
                string get = root.GetProperty("get").GetString()!;
                string config = root.GetProperty("get_config").GetString()!;
                string notification = root.GetProperty("notification").GetString()!;
                if (kind == "pdu")
                {
                    Assert.Contains("<id>3</id>", get, StringComparison.Ordinal);
                    Assert.DoesNotContain("<id>4</id>", get, StringComparison.Ordinal);
                    Assert.Contains("<name>core-switch</name>", config, StringComparison.Ordinal);
                    Assert.Contains("outlet-overcurrent", notification, StringComparison.Ordinal);
                    Assert.Equal("core-switch", device.Pdu.Controller.Model.Outlet(3).Name);
                    Assert.True(device.Pdu.Controller.Model.Outlet(3).IsOn, "switched on by the RPC");
                }
                else
                {
                    Assert.Contains("<charge-remaining>90</charge-remaining>", get, StringComparison.Ordinal);
                    Assert.DoesNotContain("<output>", get, StringComparison.Ordinal);
                    Assert.Contains("<contact>ops@example.net</contact>", config, StringComparison.Ordinal);
                    Assert.Contains("<on-battery", notification, StringComparison.Ordinal);
                    // The self-test the RPC started was cut short by the mains failure, as RFC 1628's aborted(4) says.
                    Assert.Equal(AgentCore.Model.Ups.UpsTestResult.Aborted, device.UpsBoard!.Ups.Model.TestResult);
                }

                Assert.True(manager.WaitForExit(TimeSpan.FromSeconds(30)), "ncclient closed its session and exited");
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        // The hardware changes and the model's poll notices, as on the device: a 12 A load on outlet 3 (1.2 V on
        // its current sense at 10 mA per mV) past its 10 A threshold, or the mains sense going to 0 V.
        private static void MakeSomethingHappen(NetconfDeviceUnderTest device, string kind)
        {
            if (kind == "pdu")
            {
                device.Pdu.Adc[2].Millivolts = 1200;
                device.Pdu.Controller.Poll();
            }
            else
            {
                device.UpsBoard!.Mains.Millivolts = 0;
                device.UpsBoard.Poll();
            }
        }
    }
}
