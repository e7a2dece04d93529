using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Callhome.Provision;
using Callhome.TestSupport;
using Xunit;

namespace Callhome.ConsoleTests
{
    /// <summary>
    /// The firmware process calls home from its provisioned configuration, in both modes: provisioned over its
    /// serial console with the real CLI, it dials the manager as soon as the configuration is committed and
    /// serves NETCONF on the connection — to ncclient's call_home() in RFC 8071 mode, and to the manager
    /// program a real sshd runs for `netconf-turn` in turn mode.
    /// </summary>
    public sealed class CallHomeFirmwareTests : IDisposable
    {
        private const string Python = "/usr/bin/python3";
        private static readonly TimeSpan Step = TimeSpan.FromSeconds(60);
        private static readonly string[] ImportNcclient = { "-c", "import ncclient" };
        private readonly string state;

        public CallHomeFirmwareTests()
        {
            state = Directory.CreateTempSubdirectory("callhome-firmware-").FullName;
        }

        public void Dispose()
        {
            Directory.Delete(state, recursive: true);
        }

        [SkippableFact]
        public void TheFirmwareCallsNcclientInRfc8071ModeAndServesItsPdu()
        {
            Skip.IfNot(File.Exists(Python) && ProcessRunner.Run(Python, ImportNcclient, TimeSpan.FromSeconds(30)).ExitCode == 0,
                "python3-ncclient is not installed (tools/setup.sh installs it)");
            string key = Path.Combine(state, "manager");
            ProcessResult keygen = ProcessRunner.Run(SshdPeer.KeygenPath, new[] { "-q", "-t", "ed25519", "-N", string.Empty, "-f", key }, Step);
            Assert.True(keygen.ExitCode == 0, keygen.Describe());
            string managerKey = Fingerprint(key + ".pub");

            int port = Loopback.FreePort();
            using var manager = new PeerLines(Python, Path.Combine(AppContext.BaseDirectory, "Peers", "ncclient_manager.py"),
                port.ToString(CultureInfo.InvariantCulture), key, "pdu");
            manager.WaitFor("LISTENING", Step);
            string control = Path.Combine(state, "control.sock");
            using FirmwareProcess firmware = FirmwareProcess.Start(Path.Combine(state, "device"), "[run] control: ", "--device", "pdu", "--control", control);
            firmware.WaitForLine("[run] call home: not calling home: no manager endpoint configured", Step);

            ProcessResult provision = ProvisionCli.Run(firmware.ConsoleLink, "--name", "pdu-firmware", "--manager", "127.0.0.1:" + port,
                "--pin", managerKey, "--protocol", "rfc8071", "--reconnect", "1-4");
            Assert.True(provision.ExitCode == 0, provision.Describe());
            firmware.WaitForLine("[run] call home: connected to 127.0.0.1:" + port, Step);
            manager.WaitFor("SUBSCRIBED", Step);

            // Something happens to the hardware: the model's next poll raises the notification ncclient waits for.
            using (var bench = new ControlClient(control))
            {
                Assert.Equal("ok: applied to 1 board", bench.Send("pdu outlet 3 overcurrent 12A"));
            }

            string line = manager.WaitFor("RESULT ", Step);
            using JsonDocument result = JsonDocument.Parse(line.Substring("RESULT ".Length));
            JsonElement root = result.RootElement;
            Assert.Contains("urn:callhome:yang:callhome-pdu?module=callhome-pdu&revision=2026-12-04",
                root.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()));
            Assert.Contains("<id>3</id>", root.GetProperty("get").GetString()!, StringComparison.Ordinal);
            Assert.True(root.GetProperty("edit_ok").GetBoolean(), "edit-config ok");
            Assert.True(root.GetProperty("action_ok").GetBoolean(), "switch-outlet ok");
            Assert.Equal("invalid-value", root.GetProperty("bad_edit").GetString());
            Assert.Contains("<name>core-switch</name>", root.GetProperty("get_config").GetString()!, StringComparison.Ordinal);
            Assert.Contains("outlet-overcurrent", root.GetProperty("notification").GetString()!, StringComparison.Ordinal);

            // ncclient closed the session: the device logs why and, being persistent, schedules the next call.
            string ended = firmware.WaitForLine("[run] call home: session with 127.0.0.1:" + port + " ended", Step);
            Assert.Contains("next call in", ended, StringComparison.Ordinal);
        }

        [SkippableFact]
        public void TheFirmwareCallsSshdInTurnModeAndServesTheManagerBehindIt()
        {
            Skip.IfNot(SshdPeer.IsInstalled && File.Exists(Python), "OpenSSH sshd or python3 is not installed (tools/setup.sh installs them)");
            using FirmwareProcess firmware = FirmwareProcess.Start(Path.Combine(state, "device"), "[run] console: ", "--device", "pdu");
            string deviceKey;
            using (var console = new SerialConsoleClient(firmware.ConsoleLink, 115200, modemLines: false))
            {
                console.Synchronize(Step);
                deviceKey = console.Command("pubkey", Step).Single(l => l.StartsWith("ssh-ed25519 ", StringComparison.Ordinal));
            }

            string result = Path.Combine(state, "turn.json");
            string managerProgram = Path.Combine(AppContext.BaseDirectory, "Peers", "turn_manager.py");
            using SshdPeer sshd = SshdPeer.Start(deviceKey, "Subsystem netconf-turn " + Python + " " + managerProgram + " " + result);
            string hostKey = Path.Combine(state, "sshd_host.pub");
            File.WriteAllText(hostKey, sshd.HostPublicKey + "\n");

            ProcessResult provision = ProvisionCli.Run(firmware.ConsoleLink, "--name", "pdu-turn", "--manager", "127.0.0.1:" + sshd.Port,
                "--pin", Fingerprint(hostKey), "--protocol", "turn", "--manager-user", Environment.UserName, "--reconnect", "1-4");
            Assert.True(provision.ExitCode == 0, provision.Describe());
            firmware.WaitForLine("[run] call home: connected to 127.0.0.1:" + sshd.Port, Step);
            string ended = firmware.WaitForLine("[run] call home: session with 127.0.0.1:" + sshd.Port + " ended", Step);
            Assert.Contains("close-session", ended, StringComparison.Ordinal);

            Assert.True(FileArrival.WaitFor(result, Step), "the manager wrote its results\n" + sshd.Log);
            using JsonDocument seen = JsonDocument.Parse(File.ReadAllText(result));
            JsonElement root = seen.RootElement;
            Assert.True(root.GetProperty("hello_has_base11").GetBoolean(), "device hello");
            Assert.Contains("<id>5</id>", root.GetProperty("get").GetString()!, StringComparison.Ordinal);
            Assert.Contains("<ok/>", root.GetProperty("edit").GetString()!, StringComparison.Ordinal);
            Assert.Contains("<name>turned</name>", root.GetProperty("get_config").GetString()!, StringComparison.Ordinal);
        }

        [SkippableFact]
        public void AManagerWhoseHostKeyIsNotThePinnedOneIsRefusedAndTheDeviceBacksOff()
        {
            Skip.IfNot(SshdPeer.IsInstalled, "OpenSSH sshd is not installed (tools/setup.sh installs it)");
            using FirmwareProcess firmware = FirmwareProcess.Start(Path.Combine(state, "device"), "[run] console: ", "--device", "ups");
            string deviceKey;
            using (var console = new SerialConsoleClient(firmware.ConsoleLink, 115200, modemLines: false))
            {
                console.Synchronize(Step);
                deviceKey = console.Command("pubkey", Step).Single(l => l.StartsWith("ssh-ed25519 ", StringComparison.Ordinal));
            }

            // The device's key is authorized there, but the server is not the manager the device was given.
            using SshdPeer impostor = SshdPeer.Start(deviceKey);
            ProcessResult provision = ProvisionCli.Run(firmware.ConsoleLink, "--name", "ups-pinned", "--manager", "127.0.0.1:" + impostor.Port,
                "--pin", "SHA256:1SpmwfgRXx/Sbw/M55HTmW/qG078NCi6YCochvAZq/g", "--protocol", "turn", "--manager-user", Environment.UserName,
                "--reconnect", "1-4");
            Assert.True(provision.ExitCode == 0, provision.Describe());
            string failed = firmware.WaitForLine("[run] call home: call to 127.0.0.1:" + impostor.Port + " failed", Step);
            Assert.Contains("host key", failed, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("next call in 1 s", failed, StringComparison.Ordinal);

            // Tried again after the wait, and refused again: never a session with the wrong manager.
            firmware.WaitForLine("[run] call home: call to 127.0.0.1:" + impostor.Port + " failed", Step);
            Assert.DoesNotContain("call home: connected", firmware.Transcript, StringComparison.Ordinal);
        }

        private static string Fingerprint(string publicKeyFile)
        {
            ProcessResult listed = ProcessRunner.Run(SshdPeer.KeygenPath, new[] { "-l", "-E", "sha256", "-f", publicKeyFile }, Step);
            Assert.True(listed.ExitCode == 0, listed.Describe());
            return listed.StandardOutput.Split(' ')[1];
        }
    }
}
