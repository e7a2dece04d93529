using Callhome.Boards.Emulator;
using Callhome.Boards.Emulator.Chips;
using Callhome.Hal.Drivers.Mcp23017;
using Xunit;

namespace Callhome.Emulator.Tests
{
    public class Mcp23017OnSimulatedBusTests
    {
        private const int Address = 0x21;
        private readonly SimulatedI2cBus bus = new SimulatedI2cBus();
        private readonly SimulatedMcp23017 chip = new SimulatedMcp23017();

        public Mcp23017OnSimulatedBusTests()
        {
            bus.Attach(Address, chip);
        }

        [Fact]
        public void InitializeMakesEveryPinAnOutputWithEveryRelayOff()
        {
            var bank = new Mcp23017RelayBank(bus, Address, false);
            Assert.Equal(0xFFFF, chip.Directions);
            Assert.True(bank.TryInitialize());
            Assert.Equal(0x0000, chip.Directions);
            Assert.Equal(0x0000, chip.PinLevels);
        }

        [Fact]
        public void SwitchesRelaysOnBothPorts()
        {
            var bank = new Mcp23017RelayBank(bus, Address, false);
            Assert.True(bank.TryInitialize());
            Assert.True(bank.TrySetRelay(2, true));
            Assert.True(bank.TrySetRelay(12, true));
            Assert.Equal(0x1004, chip.PinLevels);
            Assert.True(bank.TryReadState(out int on));
            Assert.Equal(0x1004, on);
        }

        [Fact]
        public void ActiveLowRelaysAreOnWhenThePinIsLow()
        {
            var bank = new Mcp23017RelayBank(bus, Address, true);
            Assert.True(bank.TryInitialize());
            Assert.Equal(0xFFFF, chip.PinLevels);
            Assert.True(bank.TrySetRelay(15, true));
            Assert.Equal(0x7FFF, chip.PinLevels);
            Assert.True(bank.TryReadState(out int on));
            Assert.Equal(0x8000, on);
        }

        [Fact]
        public void AnExpanderBrownOutIsDetectedAndRecoveredByInitializing()
        {
            var bank = new Mcp23017RelayBank(bus, Address, false);
            Assert.True(bank.TryInitialize());
            Assert.True(bank.TrySetRelay(0, true));
            chip.PowerCycle();
            Assert.False(bank.TryReadState(out _));
            Assert.True(bank.TryInitialize());
            Assert.True(bank.TryReadState(out int on));
            Assert.Equal(0, on);
        }

        [Fact]
        public void AnExpanderThatStopsAnsweringKeepsTheCommandedState()
        {
            var bank = new Mcp23017RelayBank(bus, Address, false);
            Assert.True(bank.TryInitialize());
            Assert.True(bank.TrySetRelay(1, true));
            bus.StopAnswering(Address);
            Assert.False(bank.TrySetRelay(1, false));
            Assert.False(bank.TryReadState(out _));
            Assert.Equal(0x0002, bank.CommandedMask);
            bus.ResumeAnswering(Address);
            Assert.Equal(0x0002, chip.PinLevels);
        }
    }
}
