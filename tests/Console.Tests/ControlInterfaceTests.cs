using System;
using System.IO;
using Callhome.Provision;
using Callhome.TestSupport;
using Xunit;

namespace Callhome.ConsoleTests
{
    /// <summary>
    /// The emulator's control socket injects events into a running firmware process, and the device's own
    /// console shows the model's reaction in `status` (read over the real pseudo-terminal).
    /// </summary>
    public sealed class ControlInterfaceTests : IDisposable
    {
        private static readonly TimeSpan Reply = TimeSpan.FromSeconds(10);
        private readonly string state;

        public ControlInterfaceTests()
        {
            state = Path.Combine(Path.GetTempPath(), "callhome-control-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(state);
        }

        public void Dispose()
        {
            Directory.Delete(state, recursive: true);
        }

        [Fact]
        public void AMainsFailureInjectedWhileRunningShowsInTheUpsStatus()
        {
            string socket = Path.Combine(state, "control.sock");
            using FirmwareProcess firmware = FirmwareProcess.Start(state, "[run] control: ", "--device", "ups", "--control", socket, "--speed", "10");
            using var device = new SerialConsoleClient(firmware.ConsoleLink, 115200, modemLines: false);
            device.Synchronize(Reply);
            firmware.WaitForLine("[run] models: ", Reply);
            Assert.Contains("ups: output normal, battery normal, charge 95 %", string.Join("\n", device.Command("status", Reply)), StringComparison.Ordinal);

            using var control = new ControlClient(socket);
            Assert.Equal("ok: applied to 1 board", control.Send("mains fail"));
            firmware.WaitForLine("[ups ", "event OnBattery", Reply);
            string status = string.Join("\n", device.Command("status", Reply));
            Assert.StartsWith("ok: device status\nups: output battery, battery normal", status, StringComparison.Ordinal);
            Assert.Contains("  alarms: on-battery", status, StringComparison.Ordinal);
            Assert.Contains("  input: 0 V, 0.0 Hz", status, StringComparison.Ordinal);
        }

        [Fact]
        public void EventsReachTheBoardThatCanTakeThemAndBadLinesGetAnError()
        {
            string socket = Path.Combine(state, "control.sock");
            using FirmwareProcess firmware = FirmwareProcess.Start(state, "[run] control: ",
                "--device", "pdu", "--device", "printer", "--control", socket, "--speed", "5");
            using var control = new ControlClient(socket);
            Assert.Equal("error: unknown event 'mains explode'", control.Send("mains explode"));
            Assert.Equal("error: no board in this run takes 'mains fail'", control.Send("mains fail"));
            Assert.Equal("error: a control line applies now: leave out 'at TIME'", control.Send("at 5s paper jam"));
            Assert.StartsWith("error: line longer than 256 bytes", control.Send(new string('x', 300)), StringComparison.Ordinal);
            Assert.Equal("ok: applied to 1 board", control.Send("pdu outlet 2 overcurrent 11A"));
            Assert.Equal("ok: applied to 1 board", control.Send("paper jam"));

            firmware.WaitForLine("[pdu ", "event OutletOvercurrent 2", Reply);
            firmware.WaitForLine("[printer ", "event PaperJam", Reply);

            using var pdu = new SerialConsoleClient(firmware.ConsoleLink + "-pdu", 115200, modemLines: false);
            pdu.Synchronize(Reply);
            string[] pduStatus = pdu.Command("status", Reply);
            Assert.Equal("pdu: 8 of 8 outlets on, total 2530 W, overcurrent on outlet 2", pduStatus[1]);
            Assert.Equal("  outlet 2 (Outlet 2): on, 11.0 A, 2530 W, OVERCURRENT (limit 10.0 A)", pduStatus[3]);

            using var printer = new SerialConsoleClient(firmware.ConsoleLink + "-printer", 115200, modemLines: false);
            printer.Synchronize(Reply);
            Assert.StartsWith("printer: error, alerts paper-jam, pages 0", printer.Command("status", Reply)[1], StringComparison.Ordinal);

            string all = control.SendUntilDot("status");
            Assert.Contains("pdu: 8 of 8 outlets on", all, StringComparison.Ordinal);
            Assert.Contains("printer: error, alerts paper-jam", all, StringComparison.Ordinal);
        }
    }
}
