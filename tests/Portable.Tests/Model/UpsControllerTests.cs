using Callhome.AgentCore.Model;
using Callhome.AgentCore.Model.Ups;
using Callhome.Hal.Drivers.Ina219;
using Callhome.Hal.Drivers.Max17048;
using Callhome.Portable.Tests.Hal;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Model
{
    /// <summary>The UPS model against register files holding data-sheet encodings, checked in RFC 1628 units.</summary>
    [TestClass]
    public class UpsControllerTests
    {
        private const int MonitorAddress = Ina219PowerMonitor.DefaultAddress;
        private const int GaugeAddress = Max17048FuelGauge.DefaultAddress;

        private RegisterFileBus monitorRegisters = null!;
        private RegisterFileBus gaugeRegisters = null!;
        private FakeAdc mains = null!;
        private FakeAdc output = null!;
        private FakeAdc temperature = null!;
        private FakeClock clock = null!;
        private EventLog events = null!;
        private UpsController ups = null!;

        // Each test builds its own rig: the device runner runs [Setup] once per class, not per test.
        private void CreateUps()
        {
            monitorRegisters = new RegisterFileBus(MonitorAddress, 2);
            gaugeRegisters = new RegisterFileBus(GaugeAddress);
            mains = new FakeAdc(2300);       // 1 mV per 0.1 V: 230 V
            output = new FakeAdc(108);       // 1 mV per mA: 108 mA
            temperature = new FakeAdc(750);  // TMP36: 500 mV + 10 mV/°C = 25 °C
            clock = new FakeClock();
            var bus = new TwoDeviceBus(MonitorAddress, monitorRegisters, gaugeRegisters);
            ups = new UpsController(new Ina219PowerMonitor(bus, MonitorAddress, 100, 100000), Ina219Configuration.PowerOnReset,
                new Max17048FuelGauge(bus, GaugeAddress), mains, output, temperature, clock, new UpsRating());
            events = new EventLog();
            ups.Model.Listeners.Add(events);
            SetBattery(12300, 15000, 95);
        }

        // Bus register: millivolts / 4 in bits 15–3; Current register: LSB 100 µA; SOC: 1/256 % per LSB.
        private void SetBattery(int millivolts, int currentCounts, int percent)
        {
            monitorRegisters.Set16(0x02, (millivolts / 4) << 3);
            monitorRegisters.Set16(0x04, currentCounts & 0xFFFF);
            gaugeRegisters.Set16(0x04, percent * 256);
        }

        [TestMethod]
        public void ReportsEveryFieldInUpsMibUnits()
        {
            CreateUps();
            ups.Poll();
            UpsModel m = ups.Model;
            Assert.AreEqual(123, m.BatteryVoltageDecivolts, "upsBatteryVoltage 0.1 V: 12.3 V");
            Assert.AreEqual(15, m.BatteryCurrentDeciamps, "upsBatteryCurrent 0.1 A: 1.5 A charging");
            Assert.AreEqual(95, m.EstimatedChargeRemaining, "upsEstimatedChargeRemaining %");
            Assert.AreEqual(95000, m.ChargeMillipercent);
            Assert.AreEqual(25, m.BatteryTemperatureCelsius, "upsBatteryTemperature °C");
            Assert.AreEqual(230, m.InputVoltageVolts, "upsInputVoltage V");
            Assert.AreEqual(500, m.InputFrequencyDecihertz, "upsInputFrequency 0.1 Hz");
            Assert.AreEqual((int)UpsOutputSource.Normal, (int)m.OutputSource);
            Assert.AreEqual(3, (int)m.OutputSource, "upsOutputSource normal(3)");
            Assert.AreEqual(230, m.OutputVoltageVolts);
            Assert.AreEqual(1, m.OutputCurrentDeciamps, "upsOutputCurrent 0.1 A: 108 mA rounds to 0.1 A");
            Assert.AreEqual(25, m.OutputPowerWatts, "230 V × 0.108 A = 24.8 W");
            Assert.AreEqual(42, m.OutputPercentLoad, "25 W of 60 W");
            Assert.AreEqual((int)UpsBatteryStatus.Normal, (int)m.BatteryStatus);
            Assert.AreEqual(2, (int)m.BatteryStatus, "upsBatteryStatus batteryNormal(2)");
            Assert.AreEqual(0, m.SecondsOnBattery);
            Assert.AreEqual(0, m.Alarms);
            Assert.AreEqual(0, m.SensorFaults);
            Assert.AreEqual(6, (int)m.TestResult, "noTestsInitiated(6)");
        }

        [TestMethod]
        public void MainsLossSwitchesToBatteryAndCountsSecondsOnBattery()
        {
            CreateUps();
            ups.Poll();
            mains.Millivolts = 0;
            SetBattery(12000, -20000, 90);
            ups.Poll();
            Assert.AreEqual(5, (int)ups.Model.OutputSource, "upsOutputSource battery(5)");
            Assert.AreEqual(UpsAlarms.OnBattery, ups.Model.Alarms);
            Assert.AreEqual(0, ups.Model.InputFrequencyDecihertz);
            Assert.AreEqual(230, ups.Model.OutputVoltageVolts, "the inverter's nominal voltage");
            Assert.AreEqual(-20, ups.Model.BatteryCurrentDeciamps);
            Assert.IsTrue(events.Contains(ModelEvent.OnBattery, -1));
            clock.Advance(42500);
            ups.Poll();
            Assert.AreEqual(42, ups.Model.SecondsOnBattery);
            mains.Millivolts = 2300;
            ups.Poll();
            Assert.AreEqual(0, ups.Model.SecondsOnBattery);
            Assert.AreEqual(3, (int)ups.Model.OutputSource);
            Assert.IsTrue(events.Contains(ModelEvent.OnMains, -1));
            Assert.AreEqual(1, events.Count(ModelEvent.OnBattery), "one event per transition, not per poll");
        }

        [TestMethod]
        public void RuntimeIsRemainingEnergyOverTheDischargePower()
        {
            CreateUps();
            mains.Millivolts = 0;
            SetBattery(12000, -20000, 50);
            ups.Poll();
            // 2000 mAh × 12 V × 50 % = 12 Wh; 2 A × 12 V = 24 W; 12 / 24 h = 30 min.
            Assert.AreEqual(30, ups.Model.EstimatedMinutesRemaining);
            SetBattery(12000, -20000, 40);
            ups.Poll();
            Assert.AreEqual(24, ups.Model.EstimatedMinutesRemaining);
        }

        [TestMethod]
        public void BatteryGoesLowThenDepletedAndBackToNormalOnlyPastTheHysteresis()
        {
            CreateUps();
            mains.Millivolts = 0;
            SetBattery(12000, -1000, 25);
            ups.Poll();
            Assert.AreEqual(3, (int)ups.Model.BatteryStatus, "batteryLow(3)");
            Assert.IsTrue((ups.Model.Alarms & UpsAlarms.LowBattery) != 0);
            Assert.IsTrue(events.Contains(ModelEvent.BatteryLow, -1));
            SetBattery(12000, -1000, 3);
            ups.Poll();
            Assert.AreEqual(4, (int)ups.Model.BatteryStatus, "batteryDepleted(4)");
            Assert.IsTrue(events.Contains(ModelEvent.BatteryDepleted, -1));
            mains.Millivolts = 2300;
            SetBattery(12000, 10000, 28);
            ups.Poll();
            Assert.AreEqual(3, (int)ups.Model.BatteryStatus, "28 % is within the 5 % hysteresis above 25 %");
            SetBattery(12000, 10000, 31);
            ups.Poll();
            Assert.AreEqual(2, (int)ups.Model.BatteryStatus);
            Assert.IsTrue(events.Contains(ModelEvent.BatteryNormal, -1));
        }

        [TestMethod]
        public void ASilentFuelGaugeIsASensorFaultNotAnException()
        {
            CreateUps();
            ups.Poll();
            gaugeRegisters.Absent = true;
            ups.Poll();
            Assert.AreEqual(UpsSensors.FuelGauge, ups.Model.SensorFaults);
            Assert.AreEqual(1, (int)ups.Model.BatteryStatus, "unknown(1)");
            Assert.IsTrue((ups.Model.Alarms & UpsAlarms.SensorFault) != 0);
            Assert.AreEqual(95, ups.Model.EstimatedChargeRemaining, "the last good value is kept");
            Assert.IsTrue(events.Contains(ModelEvent.SensorFault, UpsSensors.FuelGauge));
            gaugeRegisters.Absent = false;
            ups.Poll();
            Assert.AreEqual(0, ups.Model.SensorFaults);
            Assert.IsTrue(events.Contains(ModelEvent.SensorRecovered, UpsSensors.FuelGauge));
        }

        [TestMethod]
        public void FailedAdcConversionsAreFaultsToo()
        {
            CreateUps();
            temperature.Failing = true;
            mains.Failing = true;
            ups.Poll();
            Assert.AreEqual(UpsSensors.MainsSense | UpsSensors.Temperature, ups.Model.SensorFaults);
        }

        [TestMethod]
        public void SelfTestRunsForItsDurationAndRefusesASecondStart()
        {
            CreateUps();
            ups.Poll();
            Assert.AreEqual((int)ModelResult.Ok, (int)ups.StartSelfTest());
            Assert.AreEqual(5, (int)ups.Model.TestResult, "inProgress(5)");
            Assert.AreEqual((int)ModelResult.Busy, (int)ups.StartSelfTest());
            clock.Advance(5000);
            ups.Poll();
            Assert.AreEqual(UpsAlarms.TestInProgress, ups.Model.Alarms);
            clock.Advance(5000);
            ups.Poll();
            Assert.AreEqual(1, (int)ups.Model.TestResult, "donePass(1)");
            Assert.AreEqual(10, ups.Model.TestElapsedSeconds);
            Assert.IsTrue(events.Contains(ModelEvent.SelfTestFinished, -1));
        }

        [TestMethod]
        public void SelfTestIsRefusedOnBattery()
        {
            CreateUps();
            mains.Millivolts = 0;
            ups.Poll();
            Assert.AreEqual((int)ModelResult.Busy, (int)ups.StartSelfTest());
        }

        [TestMethod]
        public void AlarmCountIsTheNumberOfBitsSet()
        {
            CreateUps();
            Assert.AreEqual(0, UpsAlarms.Count(0));
            Assert.AreEqual(2, UpsAlarms.Count(UpsAlarms.OnBattery | UpsAlarms.LowBattery));
        }
    }
}
