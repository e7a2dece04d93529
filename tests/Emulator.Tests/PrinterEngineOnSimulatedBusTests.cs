using Callhome.Boards.Emulator;
using Callhome.Boards.Emulator.Chips;
using Callhome.Hal.Drivers.PrinterEngine;
using Xunit;

namespace Callhome.Emulator.Tests
{
    public class PrinterEngineOnSimulatedBusTests
    {
        private const int Address = PrinterEngineLink.DefaultAddress;
        private readonly SimulatedI2cBus bus = new SimulatedI2cBus();
        private readonly SimulatedPrinterEngine engine = new SimulatedPrinterEngine();
        private readonly PrinterEngineLink link;

        public PrinterEngineOnSimulatedBusTests()
        {
            bus.Attach(Address, engine);
            link = new PrinterEngineLink(bus, Address);
        }

        [Fact]
        public void ReportsStateSuppliesPagesAndLatchedAlerts()
        {
            engine.State = (int)EngineState.Printing;
            engine.PageCount = 3000000000L;
            engine.SetSupply(3, PrinterEngineStatus.SupplyAbsent);
            engine.SetSupply(0, 7);
            engine.Raise(PrinterAlerts.TonerLow);
            var status = new PrinterEngineStatus();

            Assert.True(link.TryInitialize());
            Assert.True(link.TryReadStatus(status));
            Assert.Equal(EngineState.Printing, status.State);
            Assert.Equal(3000000000L, status.PageCount);
            Assert.Equal(7, status.SupplyLevel(0));
            Assert.Equal(PrinterEngineStatus.SupplyAbsent, status.SupplyLevel(3));
            Assert.Equal(PrinterAlerts.TonerLow, status.Alerts);
        }

        [Fact]
        public void ClearedAlertsStayClearedAndOthersStayLatched()
        {
            engine.Raise(PrinterAlerts.PaperJam | PrinterAlerts.DoorOpen);
            Assert.True(link.TryClearAlerts(PrinterAlerts.PaperJam));
            var status = new PrinterEngineStatus();
            Assert.True(link.TryReadStatus(status));
            Assert.Equal(PrinterAlerts.DoorOpen, status.Alerts);
        }

        [Fact]
        public void AnEngineSpeakingAnotherProtocolVersionIsRejected()
        {
            engine.ProtocolVersion = 2;
            Assert.False(link.TryInitialize());
        }

        [Fact]
        public void AnEngineThatStopsAnsweringIsAFault()
        {
            bus.StopAnswering(Address);
            Assert.False(link.TryReadStatus(new PrinterEngineStatus()));
        }
    }
}
