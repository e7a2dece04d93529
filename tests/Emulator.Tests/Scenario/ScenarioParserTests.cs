using System;
using System.Collections.Generic;
using Callhome.Boards.Emulator.Physics;
using Callhome.Boards.Emulator.Scenario;
using Callhome.Emulator.Tests.Model;
using Xunit;

namespace Callhome.Emulator.Tests.Scenario
{
    public class ScenarioParserTests
    {
        [Fact]
        public void ParsesEveryEventWithItsTimeAndArguments()
        {
            IReadOnlyList<ScenarioEvent> events = ScenarioParser.Parse("""
                # comment line

                at 90s mains restore   # trailing comment
                at 30s mains fail
                at 10s outlet 3 overcurrent 12A
                at 10s outlet 4 load 2.5a
                at 250ms paper jam
                AT 2m Print 40 pages
                at 40s sensor ina219 stop-answering
                at 1h sensor INA219 answer
                at 0s load 40W
                at 0s ambient -5.5C
                at 3s door open
                """);

            Assert.Equal(11, events.Count);
            Assert.Equal(ScenarioEventKind.UpsLoad, events[0].Kind);
            Assert.Equal(40, events[0].Value);
            Assert.Equal(-55, events[1].Value);
            Assert.Equal(250, events[2].AtMilliseconds);
            Assert.Equal(ScenarioEventKind.PaperJam, events[2].Kind);
            Assert.Equal(3000, events[3].AtMilliseconds);
            Assert.Equal(ScenarioEventKind.OutletLoad, events[4].Kind);
            Assert.Equal(3, events[4].Number);
            Assert.Equal(12000, events[4].Value);
            Assert.Equal(4, events[5].Number);
            Assert.Equal(2500, events[5].Value);
            Assert.Equal(ScenarioEventKind.MainsFail, events[6].Kind);
            Assert.Equal(30000, events[6].AtMilliseconds);
            Assert.Equal(ScenarioEventKind.SensorStopAnswering, events[7].Kind);
            Assert.Equal("ina219", events[7].Chip);
            Assert.Equal(ScenarioEventKind.MainsRestore, events[8].Kind);
            Assert.Equal(3, events[8].Line);
            Assert.Equal(ScenarioEventKind.Print, events[9].Kind);
            Assert.Equal(40, events[9].Number);
            Assert.Equal(120000, events[9].AtMilliseconds);
            Assert.Equal(ScenarioEventKind.SensorAnswer, events[10].Kind);
            Assert.Equal(3600000, events[10].AtMilliseconds);
        }

        [Theory]
        [InlineData("at 30 mains fail", 1, "needs a unit")]
        [InlineData("at 30s\n\nat 30x mains fail", 1, "expected 'at TIME EVENT'")]
        [InlineData("at 1s mains fail\n# ok\nat 2s mains explode", 3, "unknown event 'mains explode'")]
        [InlineData("at 1s mains fail\nwhen 2s mains restore", 2, "expected 'at TIME EVENT', got 'when'")]
        [InlineData("\n\n\n\nat 10s outlet 17 load 1A", 5, "outlet 17 is not 1 to 16")]
        [InlineData("at 10s outlet x load 1A", 1, "bad outlet number 'x'")]
        [InlineData("at 10s outlet 3 overcurrent twelve", 1, "bad value 'twelve'")]
        [InlineData("at 10s outlet 3 overcurrent 12W", 1, "expected a number in A")]
        [InlineData("at 10s outlet 3 overcurrent -2A", 1, "must not be negative")]
        [InlineData("at 10s outlet 3 brownout 2A", 1, "expected 'outlet N load|overcurrent CURRENT'")]
        [InlineData("at 40s sensor ina220 stop-answering", 1, "unknown sensor 'ina220'")]
        [InlineData("at 40s sensor ina219 explode", 1, "expected 'stop-answering' or 'answer'")]
        [InlineData("at -5s mains fail", 1, "bad time '-5s'")]
        [InlineData("at 99999999999999999h mains fail", 1, "bad time")]
        [InlineData("at 5s print many pages", 1, "bad page count 'many'")]
        [InlineData("at 5s toner purple 10%", 1, "unknown toner 'purple'")]
        [InlineData("at 5s toner black 101%", 1, "above 100%")]
        [InlineData("at 5s toner black 10", 1, "expected a number in %")]
        [InlineData("at 5s ups", 1, "unknown event 'ups'")]
        public void ABadLineIsReportedWithItsLineNumber(string text, int line, string message)
        {
            var error = Assert.Throws<ScenarioFormatException>(() => ScenarioParser.Parse(text));
            Assert.Equal(line, error.Line);
            Assert.StartsWith("line " + line + ": ", error.Message, StringComparison.Ordinal);
            Assert.Contains(message, error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void AnEventTheBoardCannotTakeIsRefusedBeforeAnythingRuns()
        {
            using var ups = new TemporaryBoard("ups");
            ScenarioTarget target = ScenarioTarget.ForBoard(ups.Board);
            var events = ScenarioParser.Parse("at 1s mains fail\nat 2s paper jam\nat 3s outlet 2 load 1A");
            var error = Assert.Throws<ScenarioFormatException>(() => new ScenarioRunner(events, target, new VirtualClock()));
            Assert.Equal(2, error.Line);
            Assert.Contains("this board has no printer", error.Message, StringComparison.Ordinal);
            Assert.True(target.Ups!.MainsPresent, "nothing applied");
        }

        [Fact]
        public void TheRunnerLandsEventsOnTheirExactTimeAndNeverRunsPastTheEnd()
        {
            using var ups = new TemporaryBoard("ups");
            ScenarioTarget target = ScenarioTarget.ForBoard(ups.Board);
            var clock = new VirtualClock();
            var runner = new ScenarioRunner(ScenarioParser.Parse("at 1500ms mains fail"), target, clock);
            var seen = new List<long>();
            runner.RunUntil(3000, () => seen.Add(clock.ElapsedMilliseconds));
            Assert.Equal("1000,1500,2500,3000", string.Join(",", seen));
            Assert.False(target.Ups!.MainsPresent);
            Assert.Equal(1, runner.EventsApplied);
            Assert.Equal(3000, clock.ElapsedMilliseconds);
        }
    
        [Fact]
        public void ALineMayNameTheBoardItIsFor()
        {
            IReadOnlyList<ScenarioEvent> events = ScenarioParser.Parse("""
                at 1s pdu outlet 3 overcurrent 12A
                at 2s PRINTER toner cyan 9%
                at 3s sensor ina219 stop-answering
                """);
            Assert.Equal("pdu", events[0].Device);
            Assert.Equal(ScenarioEventKind.OutletLoad, events[0].Kind);
            Assert.Equal(12000, events[0].Value);
            Assert.Equal("printer", events[1].Device);
            Assert.Equal(ScenarioEventKind.TonerLevel, events[1].Kind);
            Assert.Equal(1, events[1].Number);
            Assert.Equal(9, events[1].Value);
            Assert.Equal(string.Empty, events[2].Device);
        }

        [Fact]
        public void AControlLineIsAScenarioLineWithoutItsTime()
        {
            ScenarioEvent e = ScenarioParser.ParseImmediate("  ups mains fail ");
            Assert.Equal(ScenarioEventKind.MainsFail, e.Kind);
            Assert.Equal("ups", e.Device);
            Assert.Equal(0, e.AtMilliseconds);
            Assert.Contains("leave out 'at TIME'", Assert.Throws<ScenarioFormatException>(() => ScenarioParser.ParseImmediate("at 5s mains fail")).Message, StringComparison.Ordinal);
            Assert.Contains("unknown event 'mains explode'", Assert.Throws<ScenarioFormatException>(() => ScenarioParser.ParseImmediate("mains explode")).Message, StringComparison.Ordinal);
            Assert.Throws<ScenarioFormatException>(() => ScenarioParser.ParseImmediate("   "));
            Assert.Equal(45 * 60000, ScenarioParser.ParseDuration("45m"));
            Assert.Throws<ScenarioFormatException>(() => ScenarioParser.ParseDuration("45"));
        }

        [Fact]
        public void ABoardTakesOnlyTheEventsItHasHardwareFor()
        {
            using var pdu = new TemporaryBoard("pdu");
            ScenarioTarget target = ScenarioTarget.ForBoard(pdu.Board);
            Assert.True(target.CanTake(ScenarioParser.ParseImmediate("outlet 8 load 1A")));
            Assert.False(target.CanTake(ScenarioParser.ParseImmediate("outlet 9 load 1A")));
            Assert.False(target.CanTake(ScenarioParser.ParseImmediate("mains fail")));
            Assert.False(target.CanTake(ScenarioParser.ParseImmediate("paper jam")));
            Assert.True(target.CanTake(ScenarioParser.ParseImmediate("sensor mcp23017 stop-answering")));
            Assert.False(target.CanTake(ScenarioParser.ParseImmediate("sensor max17048 stop-answering")));
        }

        [Fact]
        public void ATonerEventSetsTheSupplyTheEngineReports()
        {
            using var printer = new TemporaryBoard("printer");
            ScenarioTarget target = ScenarioTarget.ForBoard(printer.Board);
            target.Apply(ScenarioParser.ParseImmediate("toner magenta 7%"));
            Assert.Equal(7000, target.Printer!.TonerMillipercent(2));
            Assert.Equal(100000, target.Printer!.TonerMillipercent(0));
        }
    }
}
