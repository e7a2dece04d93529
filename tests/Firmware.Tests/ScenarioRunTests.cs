using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Callhome.TestSupport;
using Xunit;

namespace Callhome.Firmware.Tests
{
    /// <summary>
    /// The published firmware's `run` with a UPS, a PDU and a printer in one process, driven by a scenario file
    /// at full speed until a fixed emulated time: what the device models report through their real drivers.
    /// </summary>
    public class ScenarioRunTests
    {
        private const string Scenario = """
            at 0s   ups load 25W
            at 0s   pdu outlet 1 load 1.5A
            at 0s   pdu outlet 3 load 2A
            at 0s   printer toner black 11%
            at 0s   printer print 300 pages
            at 30s  mains fail
            at 2m   pdu outlet 3 overcurrent 12A
            at 4m   paper jam
            """;

        private static readonly Regex UpsReport = new(
            @"^\[ups (\d\d:\d\d:\d\d)\] ups: output (\w+), battery (\w+), charge (\d+) %, runtime (\d+) min, on battery (\d+) s$",
            RegexOptions.Multiline);

        public static TheoryData<string> Runtimes => FirmwareTests.Runtimes;

        [SkippableTheory]
        [MemberData(nameof(Runtimes))]
        public void AMainsFailureAnOvercurrentAndAJamAreReportedByTheModels(string runtime)
        {
            FirmwareBinary.SkipUnlessRunnable(runtime);
            string state = FirmwareBinary.NewStateDirectory();
            try
            {
                string scenario = Path.Combine(state, "fleet.scenario");
                File.WriteAllText(scenario, Scenario);
                ProcessResult run = FirmwareBinary.Run(runtime, "run", "--device", "ups", "--device", "pdu", "--device", "printer",
                    "--state", state, "--scenario", scenario, "--speed", "max", "--until", "40m", "--report", "5m");
                Assert.True(run.ExitCode == 0, run.Describe());
                string output = run.StandardOutput;

                List<Match> reports = UpsReport.Matches(output).ToList();
                Assert.True(reports.Count == 8, "a summary every 5 emulated minutes and the final status:\n" + output);
                Assert.Equal("00:05:00", reports[0].Groups[1].Value);
                Assert.All(reports, r => Assert.Equal("battery", r.Groups[2].Value));
                Assert.Equal("normal", reports[0].Groups[3].Value);
                Assert.Equal("low", reports[^1].Groups[3].Value);
                int[] charge = reports.Select(r => Number(r, 4)).ToArray();
                int[] runtimeLeft = reports.Select(r => Number(r, 5)).ToArray();
                for (int i = 1; i < reports.Count; i++)
                {
                    Assert.True(charge[i] < charge[i - 1], "charge falls: " + string.Join(",", charge));
                    Assert.True(runtimeLeft[i] < runtimeLeft[i - 1], "runtime falls: " + string.Join(",", runtimeLeft));
                }

                Assert.Equal((40 * 60) - 31, Number(reports[^1], 6));
                Assert.Contains("[ups 00:00:31] event OnBattery", output, StringComparison.Ordinal);
                Assert.Contains("] event BatteryLow", output, StringComparison.Ordinal);

                Assert.Contains("[pdu 00:02:01] event OutletOvercurrent 3", output, StringComparison.Ordinal);
                Assert.Contains("[pdu 00:40:00]   outlet 3 (Outlet 3): on, 12.0 A, 2760 W, OVERCURRENT (limit 10.0 A)", output, StringComparison.Ordinal);
                Assert.Contains("[pdu 00:40:00]   outlet 1 (Outlet 1): on, 1.5 A, 345 W\n", output, StringComparison.Ordinal);

                Assert.Contains("[printer 00:04:01] event PaperJam", output, StringComparison.Ordinal);
                Assert.Matches(@"\[printer 00:00:\d\d\] event TonerLow 0", output);
                Assert.Contains("[printer 00:40:00] printer: error, alerts paper-jam,toner-low", output, StringComparison.Ordinal);
                Assert.Contains("watchdog kicked", output, StringComparison.Ordinal);
                Assert.Contains(", missed 0", output, StringComparison.Ordinal);
            }
            finally
            {
                FirmwareBinary.Delete(state);
            }
        }

        [SkippableTheory]
        [MemberData(nameof(Runtimes))]
        public void AScenarioLineNoBoardCanTakeStopsTheRunBeforeItStarts(string runtime)
        {
            FirmwareBinary.SkipUnlessRunnable(runtime);
            string state = FirmwareBinary.NewStateDirectory();
            try
            {
                string scenario = Path.Combine(state, "bad.scenario");
                File.WriteAllText(scenario, "at 1s mains fail\nat 2s paper jam\n");
                ProcessResult run = FirmwareBinary.Run(runtime, "run", "--device", "ups", "--state", state, "--scenario", scenario, "--until", "1m");
                Assert.Equal(2, run.ExitCode);
                Assert.Contains(scenario + ": line 2: no board in this run takes PaperJam", run.StandardError, StringComparison.Ordinal);
                Assert.DoesNotContain("[run] console:", run.StandardOutput, StringComparison.Ordinal);

                ProcessResult speed = FirmwareBinary.Run(runtime, "run", "--state", state, "--speed", "fast");
                Assert.Equal(2, speed.ExitCode);
                Assert.Contains("--speed must be a positive number", speed.StandardError, StringComparison.Ordinal);
            }
            finally
            {
                FirmwareBinary.Delete(state);
            }
        }

        private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
    }
}
