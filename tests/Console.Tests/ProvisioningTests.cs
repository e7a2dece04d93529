using System;
using System.IO;
using System.Linq;
using Callhome.Boards.Emulator.Console;
using Callhome.Provision;
using Callhome.TestSupport;
using Xunit;

namespace Callhome.ConsoleTests
{
    /// <summary>Provision the real firmware over a real pseudo-terminal with the real CLI, in one command.</summary>
    public sealed class ProvisioningTests : IDisposable
    {
        private const string Pin = "SHA256:1SpmwfgRXx/Sbw/M55HTmW/qG078NCi6YCochvAZq/g";
        private static readonly TimeSpan Reply = TimeSpan.FromSeconds(10);
        private readonly string state;

        public ProvisioningTests()
        {
            state = Path.Combine(Path.GetTempPath(), "callhome-console-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(state);
        }

        public void Dispose()
        {
            Directory.Delete(state, recursive: true);
        }

        [Fact]
        public void ProvisionsInOneCommandAndPrintsTheFingerprintTheDeviceReports()
        {
            using FirmwareProcess firmware = FirmwareProcess.Start(state);
            ProcessResult result = Provision(firmware.ConsoleLink, "--name", "pdu-7", "--manager", "mgr.example:4334,[fd00::1]:830", "--pin", Pin, "--keygen");
            Assert.True(result.ExitCode == 0, result.Describe());
            string fingerprint = LineValue(result.StandardOutput, "fingerprint: ");

            using var device = Open(firmware);
            string[] pubkey = device.Command("pubkey", Reply);
            Assert.Contains("fingerprint: " + fingerprint, pubkey);
            Assert.Contains(pubkey, line => line.StartsWith("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5", StringComparison.Ordinal));
            Assert.Contains("[run] identity: generated device key, fingerprint " + fingerprint, firmware.Transcript, StringComparison.Ordinal);
        }

        [Fact]
        public void TheProvisionedConfigurationSurvivesARestartWithTheSameState()
        {
            string fingerprint;
            using (FirmwareProcess first = FirmwareProcess.Start(state))
            {
                ProcessResult result = Provision(first.ConsoleLink, "--name", "ups-basement", "--manager", "10.0.0.5:4334", "--pin", Pin);
                Assert.True(result.ExitCode == 0, result.Describe());
                fingerprint = LineValue(result.StandardOutput, "fingerprint: ");
            }

            // The first process was killed without warning: the commit alone must have made it durable.
            using FirmwareProcess second = FirmwareProcess.Start(state);
            Assert.Contains("name ups-basement", second.Transcript, StringComparison.Ordinal);
            using var device = Open(second);
            string[] show = device.Command("show", Reply);
            Assert.Equal("ok: configuration as committed", show[0]);
            Assert.Contains("  name: ups-basement", show);
            Assert.Contains("  manager: 10.0.0.5:4334", show);
            Assert.Contains("  manager-key: " + Pin, show);
            Assert.Contains("  device-key: " + fingerprint, show);
        }

        [Fact]
        public void GarbageOnTheLineGetsAnErrorAndTheConsoleStillAnswers()
        {
            using FirmwareProcess firmware = FirmwareProcess.Start(state);
            using var device = Open(firmware);
            device.SendRaw(new byte[] { 0x00, 0xFF, 0x1B, 0x5B, 0x41, 0x80, 0x07, 0x0D, 0x0A });
            string reply = device.ReadUntilPrompt(Reply);
            Assert.Contains("error: line held non-printable bytes; discarded", reply, StringComparison.Ordinal);

            string[] show = device.Command("show", Reply);
            Assert.Equal("ok: configuration as committed", show[0]);
            Assert.Contains("  name: callhome-device", show);
        }

        [Fact]
        public void TheCliFailsClearlyWhenTheDeviceRefusesAStepAndNothingIsCommitted()
        {
            using FirmwareProcess firmware = FirmwareProcess.Start(state);
            ProcessResult result = Provision(firmware.ConsoleLink, "--name", "pdu-8", "--manager", "mgr:70000", "--pin", Pin);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("device refused 'set manager mgr:70000': error: invalid manager", result.StandardError, StringComparison.Ordinal);

            using var device = Open(firmware);
            Assert.Contains("  name: callhome-device", device.Command("show", Reply));
        }

        [Fact]
        public void TheCliFailsClearlyWhenThePortDoesNotExist()
        {
            ProcessResult result = Provision(Path.Combine(state, "no-such-port"), "--name", "x", "--manager", "m:1", "--pin", Pin);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("error: cannot use " + Path.Combine(state, "no-such-port"), result.StandardError, StringComparison.Ordinal);
        }

        [Fact]
        public void TheCliTimesOutWithAClearMessageWhenNothingAnswers()
        {
            // A pty whose master side nobody serves: the line is there, the device is silent.
            using var silent = new PseudoTerminalUart();
            ProcessResult result = Provision(silent.SlavePath, "--name", "x", "--manager", "m:1", "--pin", Pin, "--timeout", "1");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("error: no prompt from the device within 1 s", result.StandardError, StringComparison.Ordinal);
        }

        [Fact]
        public void RebootOnTheConsoleStopsTheFirmware()
        {
            using FirmwareProcess firmware = FirmwareProcess.Start(state);
            using (var device = Open(firmware))
            {
                device.SendRaw("reboot\r"u8.ToArray());
                Assert.True(firmware.WaitForExit(TimeSpan.FromSeconds(10)), firmware.Transcript);
            }

            Assert.Equal(0, firmware.ExitCode);
            Assert.Contains("[run] stopping", firmware.Transcript, StringComparison.Ordinal);
        }

        [Fact]
        public void SigtermStopsTheFirmwareCleanly()
        {
            using FirmwareProcess firmware = FirmwareProcess.Start(state);
            ProcessResult kill = ProcessRunner.Run("kill", new[] { "-TERM", firmware.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, Reply);
            Assert.True(kill.ExitCode == 0, kill.Describe());
            Assert.True(firmware.WaitForExit(TimeSpan.FromSeconds(10)), firmware.Transcript);
            Assert.Equal(0, firmware.ExitCode);
            Assert.Contains("[run] stopping", firmware.Transcript, StringComparison.Ordinal);
            Assert.False(File.Exists(firmware.ConsoleLink), "the console link is removed on the way out");
        }

        private static SerialConsoleClient Open(FirmwareProcess firmware)
        {
            var client = new SerialConsoleClient(firmware.ConsoleLink, 115200, modemLines: false);
            client.Synchronize(Reply);
            return client;
        }

        private static ProcessResult Provision(params string[] arguments) => ProvisionCli.Run(arguments);

        private static string LineValue(string output, string prefix) => ProvisionCli.LineValue(output, prefix);
    }
}
