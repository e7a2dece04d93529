using System.Diagnostics;
using System.Threading;
using Callhome.AgentCore.Config;
using Callhome.AgentCore.Model.Ups;
using Callhome.Boards.Esp32Ups;
using Callhome.Hal.Drivers.Ina219;
using Callhome.Hal.Drivers.Max17048;

namespace Callhome.Firmware.Esp32
{
    /// <summary>
    /// nanoFramework entry for the ESP32 UPS controller: wires the board, loads the configuration from the flash
    /// file, then polls the UPS model through the real drivers once a second. The console, the device key (with
    /// the lean crypto backend) and calling home follow as on the NativeAOT firmware.
    /// </summary>
    public static class Program
    {
        private const int PollMilliseconds = 1000;

        public static void Main()
        {
            var board = new Esp32UpsBoard();
            Debug.WriteLine("callhome: ESP32 UPS controller, boot at " + board.Clock.ElapsedMilliseconds.ToString() + " ms");
            Debug.WriteLine(board.RealTimeClock.IsSynchronised ? "callhome: clock set" : "callhome: clock unsynchronised");

            var store = new ConfigStore(board.Flash, 0, ConfigStore.PagesPerSlotFor(Esp32UpsBoard.FlashPageSize));
            DeviceConfig config = store.Load();
            Debug.WriteLine("callhome: config " + config.DeviceName + " (" + store.LoadDetail + ")");

            int configuration = Ina219Configuration.Encode(Ina219Configuration.BusRange32V, Ina219Configuration.Gain320mV,
                Ina219Configuration.Adc12Bit, Ina219Configuration.Adc12Bit, Ina219Configuration.ModeShuntAndBusContinuous);
            var ups = new UpsController(
                new Ina219PowerMonitor(board.I2cBus, Esp32UpsBoard.PowerMonitorAddress, 100, 100000), configuration,
                new Max17048FuelGauge(board.I2cBus, Esp32UpsBoard.FuelGaugeAddress),
                board.MainsSense, board.OutputCurrent, board.Temperature, board.Clock, new UpsRating());
            while (true)
            {
                ups.Poll();
                Thread.Sleep(PollMilliseconds);
            }
        }
    }
}
