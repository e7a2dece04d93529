using Callhome.Boards.Emulator;
using Callhome.Boards.Emulator.Chips;
using Callhome.Hal.Drivers.Ina219;
using Xunit;

namespace Callhome.Emulator.Tests
{
    public class Ina219OnSimulatedBusTests
    {
        private const int Address = Ina219PowerMonitor.DefaultAddress;
        private readonly SimulatedI2cBus bus = new SimulatedI2cBus();
        private readonly SimulatedIna219 chip = new SimulatedIna219();

        public Ina219OnSimulatedBusTests()
        {
            bus.Attach(Address, chip);
        }

        private static int Config32V320mV => Ina219Configuration.Encode(Ina219Configuration.BusRange32V, Ina219Configuration.Gain320mV,
            Ina219Configuration.Adc12Bit, Ina219Configuration.Adc12Bit, Ina219Configuration.ModeShuntAndBusContinuous);

        [Fact]
        public void MeasuresTwoAmpsAt24VoltsThroughAPointOneOhmShunt()
        {
            var monitor = new Ina219PowerMonitor(bus, Address, 100, 100000);
            chip.ShuntMicrovolts = 200000;
            chip.BusMillivolts = 24000;

            Assert.True(monitor.TryInitialize(Config32V320mV));
            Assert.Equal(4096, chip.Calibration);
            Assert.True(monitor.TryReadShuntMicrovolts(out int shunt));
            Assert.Equal(200000, shunt);
            Assert.True(monitor.TryReadBusMillivolts(out int volts));
            Assert.Equal(24000, volts);
            Assert.True(monitor.TryReadCurrentMicroamps(out int current));
            Assert.Equal(2000000, current);
            Assert.True(monitor.TryReadPowerMicrowatts(out long power));
            Assert.Equal(48000000L, power);
        }

        [Fact]
        public void ReverseCurrentReadsNegative()
        {
            var monitor = new Ina219PowerMonitor(bus, Address, 100, 100000);
            chip.ShuntMicrovolts = -50000;
            chip.BusMillivolts = 12000;
            Assert.True(monitor.TryInitialize(Config32V320mV));
            Assert.True(monitor.TryReadCurrentMicroamps(out int current));
            Assert.Equal(-500000, current);
        }

        [Fact]
        public void CurrentBeyondTheCalibratedRangeIsAFault()
        {
            // 1 mA LSB over 2 mΩ is the data sheet's 40 mV example; at /8 gain 300 mV overflows the math.
            var monitor = new Ina219PowerMonitor(bus, Address, 1000, 2000);
            chip.ShuntMicrovolts = 300000;
            chip.BusMillivolts = 12000;
            Assert.True(monitor.TryInitialize(Config32V320mV));
            Assert.False(monitor.TryReadCurrentMicroamps(out _));
            Assert.False(monitor.TryReadPowerMicrowatts(out _));
        }

        [Fact]
        public void AChipThatStopsAnsweringIsAFaultUntilItAnswersAgain()
        {
            var monitor = new Ina219PowerMonitor(bus, Address, 100, 100000);
            chip.BusMillivolts = 12000;
            Assert.True(monitor.TryInitialize(Config32V320mV));
            bus.StopAnswering(Address);
            Assert.False(monitor.TryReadBusMillivolts(out _));
            Assert.False(monitor.TryReadCurrentMicroamps(out _));
            bus.ResumeAnswering(Address);
            Assert.True(monitor.TryReadBusMillivolts(out int volts));
            Assert.Equal(12000, volts);
        }

        [Fact]
        public void ABusErrorIsAFaultNotAnException()
        {
            var monitor = new Ina219PowerMonitor(bus, Address, 100, 100000);
            bus.FailBus = true;
            Assert.False(monitor.TryInitialize(Config32V320mV));
            Assert.False(monitor.TryReadShuntMicrovolts(out _));
        }

        [Fact]
        public void AnAbsentAddressNacks()
        {
            var monitor = new Ina219PowerMonitor(bus, Address + 1, 100, 100000);
            Assert.False(monitor.TryInitialize(Config32V320mV));
        }
    }
}
