using System;
using Callhome.AgentCore.Model.Ups;
using Callhome.Boards.Emulator;
using Callhome.Boards.Emulator.Physics;
using Callhome.Boards.Emulator.Scenario;
using Callhome.Hal.Drivers.Ina219;
using Callhome.Hal.Drivers.Max17048;
using Xunit;

namespace Callhome.Emulator.Tests.Model
{
    /// <summary>A scripted mains failure on the emulated UPS board, seen through the real INA219 and MAX17048
    /// drivers reading the simulated chips that the battery physics drives, over virtual time.</summary>
    public sealed class UpsMainsFailureTests : IDisposable
    {
        private const string MainsFailure = """
            # 25 W load, mains lost for 41.5 minutes
            at 0s  load 25W
            at 30s mains fail
            at 42m mains restore
            """;

        private readonly TemporaryBoard temporary = new TemporaryBoard("ups");
        private readonly VirtualClock clock = new VirtualClock();
        private readonly RecordingListener listener = new RecordingListener();
        private readonly ScenarioTarget target;
        private readonly UpsController ups;

        public UpsMainsFailureTests()
        {
            EmulatedBoard board = temporary.Board;
            target = ScenarioTarget.ForBoard(board);
            UpsPhysics physics = target.Ups!;
            int configuration = Ina219Configuration.Encode(Ina219Configuration.BusRange32V, Ina219Configuration.Gain320mV,
                Ina219Configuration.Adc12Bit, Ina219Configuration.Adc12Bit, Ina219Configuration.ModeShuntAndBusContinuous);
            ups = new UpsController(new Ina219PowerMonitor(board.I2cBus, EmulatedBoardProfile.PowerMonitorAddress, 100, UpsPhysics.ShuntMicroohms),
                configuration, new Max17048FuelGauge(board.I2cBus, EmulatedBoardProfile.FuelGaugeAddress),
                physics.MainsSense, physics.OutputCurrent, physics.Temperature, clock, new UpsRating());
            ups.Model.Listeners.Add(listener);
        }

        public void Dispose() => temporary.Dispose();

        [Fact]
        public void TheModelFollowsAMainsFailureToBatteryLowAndRechargesAfterRestore()
        {
            var runner = new ScenarioRunner(ScenarioParser.Parse(MainsFailure), target, clock);
            UpsModel m = ups.Model;

            runner.RunUntil(29000, ups.Poll);
            Assert.Equal(UpsOutputSource.Normal, m.OutputSource);
            Assert.Equal(UpsBatteryStatus.Normal, m.BatteryStatus);
            Assert.Equal(95, m.EstimatedChargeRemaining);
            Assert.Equal(0, m.SecondsOnBattery);
            Assert.Equal(230, m.InputVoltageVolts);
            Assert.Equal(0, m.SensorFaults);

            runner.RunUntil(60000, ups.Poll);
            Assert.Equal(UpsOutputSource.Battery, m.OutputSource);
            // The failure at 30 s is seen by the first poll after it, at 31 s.
            Assert.Equal(29, m.SecondsOnBattery);
            Assert.True(m.BatteryCurrentDeciamps <= -20, "discharging about 2.2 A, was " + m.BatteryCurrentDeciamps);
            Assert.Equal(0, m.InputFrequencyDecihertz);
            Assert.True((m.Alarms & UpsAlarms.OnBattery) != 0);
            int chargeAtOneMinute = m.ChargeMillipercent;
            int runtimeAtOneMinute = m.EstimatedMinutesRemaining;
            Assert.InRange(runtimeAtOneMinute, 40, 60);

            runner.RunUntil(20 * 60000, ups.Poll);
            Assert.True(m.ChargeMillipercent < chargeAtOneMinute - 20000, "charge falls, was " + m.ChargeMillipercent);
            Assert.True(m.EstimatedMinutesRemaining < runtimeAtOneMinute - 15, "runtime falls, was " + m.EstimatedMinutesRemaining);
            Assert.Equal((20 * 60) - 31, m.SecondsOnBattery);
            Assert.Equal(UpsBatteryStatus.Normal, m.BatteryStatus);

            runner.RunUntil(41 * 60000, ups.Poll);
            Assert.Equal(UpsBatteryStatus.Low, m.BatteryStatus);
            Assert.True((m.Alarms & UpsAlarms.LowBattery) != 0);
            Assert.InRange(m.EstimatedChargeRemaining, 4, 25);
            Assert.True(m.BatteryTemperatureCelsius >= 26, "the battery warms under load, " + m.BatteryTemperatureCelsius + " °C");
            int chargeBeforeRestore = m.ChargeMillipercent;

            runner.RunUntil(90 * 60000, ups.Poll);
            Assert.True(runner.Finished);
            Assert.Equal(UpsOutputSource.Normal, m.OutputSource);
            Assert.Equal(0, m.SecondsOnBattery);
            Assert.Equal(10, m.BatteryCurrentDeciamps);
            Assert.True(m.ChargeMillipercent > chargeBeforeRestore + 20000, "recharges, was " + m.ChargeMillipercent);
            Assert.Equal(UpsBatteryStatus.Normal, m.BatteryStatus);
            Assert.Equal(0, m.Alarms & (UpsAlarms.OnBattery | UpsAlarms.LowBattery));
            Assert.Equal("OnBattery:-1,BatteryLow:-1,OnMains:-1,BatteryNormal:-1", string.Join(",", listener.Events));
        }

        [Fact]
        public void ADrainedPackIsDepletedWithNoRuntimeLeftAndNoOutput()
        {
            var runner = new ScenarioRunner(ScenarioParser.Parse("at 0s load 25W\nat 30s mains fail"), target, clock);
            runner.RunUntil(3 * 3600000, ups.Poll);
            Assert.Equal(UpsBatteryStatus.Depleted, ups.Model.BatteryStatus);
            Assert.Equal(0, ups.Model.EstimatedChargeRemaining);
            Assert.Equal(0, ups.Model.EstimatedMinutesRemaining);
            Assert.Equal(UpsOutputSource.None, ups.Model.OutputSource);
            Assert.True((ups.Model.Alarms & UpsAlarms.DepletedBattery) != 0);
        }

        [Fact]
        public void ABatteryMonitorThatStopsAnsweringIsASensorFaultUntilItAnswers()
        {
            var runner = new ScenarioRunner(ScenarioParser.Parse("""
                at 10s sensor ina219 stop-answering
                at 20s sensor ina219 answer
                at 25s mains fail
                """), target, clock);

            runner.RunUntil(9000, ups.Poll);
            Assert.Equal(0, ups.Model.SensorFaults);
            int voltage = ups.Model.BatteryVoltageDecivolts;

            runner.RunUntil(15000, ups.Poll);
            Assert.Equal(UpsSensors.BatteryMonitor, ups.Model.SensorFaults);
            Assert.True((ups.Model.Alarms & UpsAlarms.SensorFault) != 0);
            Assert.Equal(voltage, ups.Model.BatteryVoltageDecivolts);
            Assert.Equal(UpsBatteryStatus.Normal, ups.Model.BatteryStatus);

            runner.RunUntil(30000, ups.Poll);
            Assert.Equal(0, ups.Model.SensorFaults);
            Assert.True(ups.Model.BatteryCurrentDeciamps < 0, "read again after the chip came back (re-initialized)");
            Assert.Contains("SensorFault:" + UpsSensors.BatteryMonitor, listener.Events);
            Assert.Contains("SensorRecovered:" + UpsSensors.BatteryMonitor, listener.Events);
        }

        [Fact]
        public void ASilentFuelGaugeMakesTheBatteryStatusUnknown()
        {
            var runner = new ScenarioRunner(ScenarioParser.Parse("at 5s sensor max17048 stop-answering"), target, clock);
            runner.RunUntil(10000, ups.Poll);
            Assert.Equal(UpsSensors.FuelGauge, ups.Model.SensorFaults);
            Assert.Equal(UpsBatteryStatus.Unknown, ups.Model.BatteryStatus);
        }
    }
}
