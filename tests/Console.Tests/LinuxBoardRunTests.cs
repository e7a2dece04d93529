using System;
using System.IO;
using Callhome.Provision;
using Callhome.TestSupport;
using Xunit;

namespace Callhome.ConsoleTests
{
    /// <summary>
    /// `run --board linux` on this host: the real Linux seams (file flash, /dev/i2c-N through System.Device.I2c,
    /// IIO files for the analog inputs). There is no I2C bus 250 here, so the chips are sensor faults, while the
    /// inputs come from IIO files the test writes: the console's `status` shows both, and nothing crashes.
    /// </summary>
    public sealed class LinuxBoardRunTests : IDisposable
    {
        private static readonly TimeSpan Reply = TimeSpan.FromSeconds(10);
        private readonly string state = Path.Combine(Path.GetTempPath(), "callhome-linux-" + Guid.NewGuid().ToString("N"));

        public LinuxBoardRunTests()
        {
            Directory.CreateDirectory(Path.Combine(state, "iio"));
        }

        public void Dispose() => Directory.Delete(state, recursive: true);

        [Fact]
        public void AMissingBusIsASensorFaultAndTheIioInputsAreRead()
        {
            string iio = Path.Combine(state, "iio");
            File.WriteAllText(Path.Combine(iio, "in_voltage0_raw"), "2300\n");  // mains sense: 1853 mV → 185 V
            File.WriteAllText(Path.Combine(iio, "in_voltage1_raw"), "100\n");
            File.WriteAllText(Path.Combine(iio, "in_voltage2_raw"), "750\n");
            using FirmwareProcess firmware = FirmwareProcess.Start(state, "[run] models: ",
                "--board", "linux", "--device", "ups", "--i2c-bus", "250", "--iio", iio);
            Assert.Contains("[run] board: linux ups controller, I2C /dev/i2c-250", firmware.Transcript, StringComparison.Ordinal);
            Assert.Contains("[ups 00:00:00] event SensorFault 1", firmware.Transcript, StringComparison.Ordinal);

            using var device = new SerialConsoleClient(firmware.ConsoleLink, 115200, modemLines: false);
            device.Synchronize(Reply);
            string[] status = device.Command("status", Reply);
            Assert.Equal("ok: device status", status[0]);
            Assert.StartsWith("ups: output normal, battery unknown", status[1], StringComparison.Ordinal);
            Assert.Contains("  input: 185 V, 50.0 Hz", status);
            Assert.Contains("  sensors: fault battery-monitor,fuel-gauge", status);

            Assert.Equal("ok: name rack-4 (uncommitted)", device.Command("set name rack-4", Reply)[0]);
            Assert.StartsWith("ok: committed", device.Command("commit", Reply)[0], StringComparison.Ordinal);
            Assert.Equal(64 * 4096, new FileInfo(Path.Combine(state, "flash.bin")).Length);
        }
    }
}
