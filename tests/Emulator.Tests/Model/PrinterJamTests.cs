using System;
using Callhome.AgentCore.Model;
using Callhome.AgentCore.Model.Printer;
using Callhome.Boards.Emulator;
using Callhome.Boards.Emulator.Physics;
using Callhome.Boards.Emulator.Scenario;
using Callhome.Hal.Drivers.PrinterEngine;
using Xunit;

namespace Callhome.Emulator.Tests.Model
{
    /// <summary>The printer model over the real engine-link driver and the simulated engine driven by print physics.</summary>
    public sealed class PrinterJamTests : IDisposable
    {
        private readonly TemporaryBoard temporary = new TemporaryBoard("printer");
        private readonly VirtualClock clock = new VirtualClock();
        private readonly RecordingListener listener = new RecordingListener();
        private readonly ScenarioTarget target;
        private readonly PrinterController printer;

        public PrinterJamTests()
        {
            target = ScenarioTarget.ForBoard(temporary.Board);
            printer = new PrinterController(new PrinterEngineLink(temporary.Board.I2cBus, EmulatedBoardProfile.PrinterEngineAddress), 250);
            printer.Model.Listeners.Add(listener);
        }

        public void Dispose() => temporary.Dispose();

        [Fact]
        public void APaperJamStopsPrintingWithAnErrorAndAnAlertUntilClearedAndAcknowledged()
        {
            var runner = new ScenarioRunner(ScenarioParser.Parse("""
                at 0s  print 100 pages
                at 20s paper jam
                at 40s paper jam cleared
                """), target, clock);

            runner.RunUntil(3000, printer.Poll);
            Assert.Equal(PrinterStatus.WarmUp, printer.Model.Status);
            runner.RunUntil(19000, printer.Poll);
            Assert.Equal(PrinterStatus.Printing, printer.Model.Status);
            Assert.Equal(7L, printer.Model.PageCount);

            runner.RunUntil(30000, printer.Poll);
            Assert.Equal(PrinterStatus.Error, printer.Model.Status);
            Assert.Equal(PrinterAlerts.PaperJam, printer.Model.Alerts);
            Assert.Equal(7L, printer.Model.PageCount);
            Assert.Equal("PaperJam:-1", string.Join(",", listener.Events));

            runner.RunUntil(41000, printer.Poll);
            Assert.Equal(PrinterStatus.Error, printer.Model.Status);
            Assert.Equal(ModelResult.Ok, printer.ClearAlerts(PrinterAlerts.PaperJam));
            runner.RunUntil(45000, printer.Poll);
            Assert.Equal(PrinterStatus.Printing, printer.Model.Status);
            Assert.Equal(0, printer.Model.Alerts);
            Assert.True(printer.Model.PageCount > 7L);
        }

        [Fact]
        public void TonerFallsAsPagesPrintUntilTonerLow()
        {
            var runner = new ScenarioRunner(ScenarioParser.Parse("at 0s print 1900 pages"), target, clock);
            runner.StepMilliseconds = 2000;
            runner.RunUntil(30 * 60000, printer.Poll);
            int halfway = printer.Model.Supply(0).Level;
            Assert.InRange(halfway, 30, 60);
            Assert.True(printer.Model.Supply(1).Level > halfway, "colour uses less toner than black");

            runner.RunUntil(70 * 60000, printer.Poll);
            Assert.Equal(1900L, printer.Model.PageCount);
            Assert.Equal(5, printer.Model.Supply(0).Level);
            Assert.Equal(PrinterStatus.Warning, printer.Model.Status);
            Assert.Contains("TonerLow:0", listener.Events);
        }

        [Fact]
        public void AnEngineThatStopsAnsweringIsASensorFault()
        {
            var runner = new ScenarioRunner(ScenarioParser.Parse("at 5s sensor printer-engine stop-answering\nat 9s sensor printer-engine answer"), target, clock);
            runner.RunUntil(6000, printer.Poll);
            Assert.True(printer.Model.SensorFault);
            Assert.Equal(PrinterStatus.Unknown, printer.Model.Status);
            Assert.Equal(-2, printer.Model.Supply(0).Level);
            runner.RunUntil(10000, printer.Poll);
            Assert.False(printer.Model.SensorFault);
            Assert.Equal(PrinterStatus.Idle, printer.Model.Status);
        }
    }
}
