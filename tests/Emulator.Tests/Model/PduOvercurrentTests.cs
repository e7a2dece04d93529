using System;
using Callhome.AgentCore.Model;
using Callhome.AgentCore.Model.Pdu;
using Callhome.Boards.Emulator;
using Callhome.Boards.Emulator.Physics;
using Callhome.Boards.Emulator.Scenario;
using Callhome.Hal;
using Callhome.Hal.Drivers.Mcp23017;
using Xunit;

namespace Callhome.Emulator.Tests.Model
{
    /// <summary>The PDU model over the real relay-bank driver and the simulated MCP23017, loads from a scenario.</summary>
    public sealed class PduOvercurrentTests : IDisposable
    {
        private readonly TemporaryBoard temporary = new TemporaryBoard("pdu");
        private readonly VirtualClock clock = new VirtualClock();
        private readonly RecordingListener listener = new RecordingListener();
        private readonly ScenarioTarget target;
        private readonly PduController pdu;

        public PduOvercurrentTests()
        {
            target = ScenarioTarget.ForBoard(temporary.Board);
            IAdcChannel[] currents = Array.ConvertAll(target.Pdu!.CurrentChannels, c => (IAdcChannel)c);
            pdu = new PduController(new Mcp23017RelayBank(temporary.Board.I2cBus, EmulatedBoardProfile.RelayExpanderAddress, false),
                currents, clock, new PduRating());
            pdu.Model.Listeners.Add(listener);
        }

        public void Dispose() => temporary.Dispose();

        [Fact]
        public void AnOutletDrawingTwelveAmpsRaisesTheOvercurrentAlarm()
        {
            var runner = new ScenarioRunner(ScenarioParser.Parse("""
                at 0s  outlet 3 load 2A
                at 10s outlet 3 overcurrent 12A
                """), target, clock);
            Assert.Equal(ModelResult.Ok, pdu.SwitchOn(3, 0));

            runner.RunUntil(5000, pdu.Poll);
            PduOutlet three = pdu.Model.Outlet(3);
            Assert.True(three.IsOn);
            Assert.Equal(20, three.CurrentDeciamps);
            Assert.Equal(460, three.PowerWatts);
            Assert.False(three.Overcurrent);

            runner.RunUntil(11000, pdu.Poll);
            Assert.Equal(120, three.CurrentDeciamps);
            Assert.True(three.Overcurrent);
            Assert.Equal(2760, pdu.Model.TotalPowerWatts);
            Assert.Contains("OutletOvercurrent:3", listener.Events);

            Assert.Equal(ModelResult.Ok, pdu.SwitchOff(3, 0));
            runner.RunUntil(12000, pdu.Poll);
            Assert.Equal(0, three.CurrentDeciamps);
            Assert.False(three.Overcurrent);
            Assert.Contains("OutletOvercurrentCleared:3", listener.Events);
        }

        [Fact]
        public void ACycleWithDelayRunsOnVirtualTimeThroughTheRealExpander()
        {
            var runner = new ScenarioRunner(ScenarioParser.Parse("at 0s outlet 5 load 1A"), target, clock);
            pdu.SwitchOn(5, 0);
            runner.RunUntil(1000, pdu.Poll);
            Assert.Equal(10, pdu.Model.Outlet(5).CurrentDeciamps);

            Assert.Equal(ModelResult.Ok, pdu.Cycle(5, 8));
            runner.RunUntil(8000, pdu.Poll);
            Assert.False(target.Pdu!.IsPowered(5));
            Assert.Equal(0, pdu.Model.Outlet(5).CurrentDeciamps);
            runner.RunUntil(9000, pdu.Poll);
            Assert.True(target.Pdu!.IsPowered(5));
            Assert.True(pdu.Model.Outlet(5).IsOn);
            Assert.Equal(0x0010, temporary.Board.RelayExpander!.PinLevels & 0xFFFF);
        }

        [Fact]
        public void AnExpanderThatStopsAnsweringIsASensorFault()
        {
            var runner = new ScenarioRunner(ScenarioParser.Parse("at 3s sensor mcp23017 stop-answering"), target, clock);
            runner.RunUntil(5000, pdu.Poll);
            Assert.True(pdu.Model.RelaySensorFault);
            Assert.Equal(ModelResult.HardwareFault, pdu.SwitchOn(1, 0));
            Assert.Contains("SensorFault:0", listener.Events);
        }
    }
}
