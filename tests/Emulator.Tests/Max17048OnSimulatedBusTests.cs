using Callhome.Boards.Emulator;
using Callhome.Boards.Emulator.Chips;
using Callhome.Hal.Drivers.Max17048;
using Xunit;

namespace Callhome.Emulator.Tests
{
    public class Max17048OnSimulatedBusTests
    {
        private const int Address = Max17048FuelGauge.DefaultAddress;
        private readonly SimulatedI2cBus bus = new SimulatedI2cBus();
        private readonly SimulatedMax17048 chip = new SimulatedMax17048();
        private readonly Max17048FuelGauge gauge;

        public Max17048OnSimulatedBusTests()
        {
            bus.Attach(Address, chip);
            gauge = new Max17048FuelGauge(bus, Address);
        }

        [Fact]
        public void ReadsAHalfChargedDischargingCell()
        {
            chip.CellMicrovolts = 3750000;
            chip.StateOfChargeMillipercent = 50500;
            chip.ChargeRateMillipercentPerHour = -4160;
            Assert.True(gauge.TryInitialize());
            Assert.True(gauge.TryReadCellMicrovolts(out int cell));
            Assert.Equal(3750000, cell);
            Assert.True(gauge.TryReadStateOfChargeMillipercent(out int soc));
            Assert.Equal(50500, soc);
            Assert.True(gauge.TryReadChargeRateMillipercentPerHour(out int rate));
            Assert.Equal(-4160, rate);
        }

        [Fact]
        public void QuickStartReachesTheChip()
        {
            Assert.True(gauge.TryQuickStart());
            Assert.Equal(1, chip.QuickStarts);
        }

        [Fact]
        public void AlertThresholdKeepsTheCompensationByte()
        {
            Assert.True(gauge.TrySetEmptyAlertPercent(20));
            Assert.Equal(0x970C, chip.Config);
        }

        [Fact]
        public void AGaugeThatStopsAnsweringIsAFault()
        {
            chip.CellMicrovolts = 4000000;
            bus.StopAnswering(Address);
            Assert.False(gauge.TryInitialize());
            Assert.False(gauge.TryReadCellMicrovolts(out _));
            Assert.False(gauge.TryReadStateOfChargeMillipercent(out _));
        }
    }
}
