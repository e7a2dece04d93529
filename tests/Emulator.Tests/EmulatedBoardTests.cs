using System;
using System.IO;
using Callhome.AgentCore.Config;
using Callhome.Boards.Emulator;
using Callhome.Hal.Drivers.Ina219;
using Callhome.Hal.Drivers.Max17048;
using Callhome.Hal.Drivers.Mcp23017;
using Callhome.Hal.Drivers.PrinterEngine;
using Xunit;

namespace Callhome.Emulator.Tests
{
    public sealed class EmulatedBoardTests : IDisposable
    {
        private readonly string state = Path.Combine(Path.GetTempPath(), "callhome-board-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            if (Directory.Exists(state))
            {
                Directory.Delete(state, true);
            }
        }

        [Fact]
        public void AUpsBoardHasAPowerMonitorAndAFuelGauge()
        {
            var board = new EmulatedBoard("ups", state);
            var monitor = new Ina219PowerMonitor(board.I2cBus, EmulatedBoardProfile.PowerMonitorAddress, 100, 100000);
            Assert.True(monitor.TryInitialize(Ina219Configuration.PowerOnReset));
            Assert.True(monitor.TryReadBusMillivolts(out int volts));
            Assert.Equal(13600, volts);
            Assert.True(monitor.TryReadCurrentMicroamps(out int current));
            Assert.Equal(150000, current);

            var gauge = new Max17048FuelGauge(board.I2cBus, EmulatedBoardProfile.FuelGaugeAddress);
            Assert.True(gauge.TryInitialize());
            Assert.True(gauge.TryReadStateOfChargeMillipercent(out int soc));
            Assert.Equal(95000, soc);
            Assert.False(new Mcp23017RelayBank(board.I2cBus, EmulatedBoardProfile.RelayExpanderAddress, false).TryInitialize(), "a UPS has no relay expander");
        }

        [Fact]
        public void APduBoardSwitchesOutletsAndAPrinterBoardReportsItsEngine()
        {
            var pdu = new EmulatedBoard("pdu", state);
            var bank = new Mcp23017RelayBank(pdu.I2cBus, EmulatedBoardProfile.RelayExpanderAddress, false);
            Assert.True(bank.TryInitialize());
            Assert.True(bank.TrySetRelay(5, true));
            Assert.Equal(0x0020, pdu.RelayExpander!.PinLevels);

            var printer = new EmulatedBoard("printer", state);
            var link = new PrinterEngineLink(printer.I2cBus, EmulatedBoardProfile.PrinterEngineAddress);
            Assert.True(link.TryInitialize());
            Assert.True(link.TryReadStatus(new PrinterEngineStatus()));
        }

        [Fact]
        public void TheConfigSurvivesARebootWithTheSameStateDirectory()
        {
            var first = new EmulatedBoard("ups", state);
            var store = new ConfigStore(first.Flash, EmulatedBoardProfile.ConfigFirstPage, EmulatedBoardProfile.ConfigPagesPerSlot);
            store.Save(ConfigSamples.New());
            first.PersistFlash();

            var second = new EmulatedBoard("ups", state);
            var loaded = new ConfigStore(second.Flash, EmulatedBoardProfile.ConfigFirstPage, EmulatedBoardProfile.ConfigPagesPerSlot);
            Assert.True(loaded.Load().ContentEquals(ConfigSamples.New()));
            Assert.Equal(ConfigLoadStatus.Loaded, loaded.LoadStatus);
        }

        [Fact]
        public void ABoardThatNeverSavedBootsWithFactoryDefaults()
        {
            var board = new EmulatedBoard("ups", state);
            var store = new ConfigStore(board.Flash, EmulatedBoardProfile.ConfigFirstPage, EmulatedBoardProfile.ConfigPagesPerSlot);
            Assert.True(store.Load().ContentEquals(DeviceConfig.FactoryDefaults()));
            Assert.Equal(ConfigLoadStatus.FactoryDefaultsNothingStored, store.LoadStatus);
        }
    }
}
