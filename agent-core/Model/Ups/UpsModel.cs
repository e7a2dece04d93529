namespace Callhome.AgentCore.Model.Ups
{
    /// <summary>
    /// The UPS as NETCONF and SNMP see it, in the units of RFC 1628 (UPS-MIB) so an agent serves the fields
    /// as they are. Written only by <see cref="UpsController"/>; values whose sensor faulted keep their last
    /// good reading and the fault shows in <see cref="SensorFaults"/> and <see cref="UpsAlarms.SensorFault"/>.
    /// </summary>
    public sealed class UpsModel
    {
        public UpsModel()
        {
            BatteryStatus = UpsBatteryStatus.Unknown;
            OutputSource = UpsOutputSource.Other;
            TestResult = UpsTestResult.NoTestsInitiated;
        }

        public ModelListeners Listeners { get; } = new ModelListeners();

        /// <summary>upsBatteryStatus.</summary>
        public UpsBatteryStatus BatteryStatus { get; internal set; }

        /// <summary>upsSecondsOnBattery: seconds since the switch to battery, 0 when not on battery.</summary>
        public int SecondsOnBattery { get; internal set; }

        /// <summary>upsEstimatedMinutesRemaining: minutes until depleted at the present load.</summary>
        public int EstimatedMinutesRemaining { get; internal set; }

        /// <summary>upsEstimatedChargeRemaining: percent of full charge, 0–100.</summary>
        public int EstimatedChargeRemaining => ChargeMillipercent / 1000;

        /// <summary>The fuel gauge's state of charge in thousandths of a percent (finer than the MIB).</summary>
        public int ChargeMillipercent { get; internal set; }

        /// <summary>upsBatteryVoltage: 0.1 V DC.</summary>
        public int BatteryVoltageDecivolts { get; internal set; }

        /// <summary>upsBatteryCurrent: 0.1 A DC; positive while charging, negative while discharging.</summary>
        public int BatteryCurrentDeciamps { get; internal set; }

        /// <summary>upsBatteryTemperature: whole degrees Celsius.</summary>
        public int BatteryTemperatureCelsius => (int)Fixed.DivideRounded(TemperatureDecicelsius, 10);

        /// <summary>The temperature sensor's reading in 0.1 °C.</summary>
        public int TemperatureDecicelsius { get; internal set; }

        /// <summary>upsInputVoltage: RMS volts.</summary>
        public int InputVoltageVolts { get; internal set; }

        /// <summary>upsInputFrequency: 0.1 Hz. The board has no frequency counter: nominal while the mains is
        /// present, 0 when it is not.</summary>
        public int InputFrequencyDecihertz { get; internal set; }

        /// <summary>upsOutputSource.</summary>
        public UpsOutputSource OutputSource { get; internal set; }

        /// <summary>upsOutputVoltage: RMS volts.</summary>
        public int OutputVoltageVolts { get; internal set; }

        /// <summary>upsOutputFrequency: 0.1 Hz (nominal: the inverter's, or the mains' while on mains).</summary>
        public int OutputFrequencyDecihertz { get; internal set; }

        /// <summary>upsOutputCurrent: 0.1 A RMS.</summary>
        public int OutputCurrentDeciamps { get; internal set; }

        /// <summary>upsOutputPower: watts (V × A; the current transformer cannot see the power factor).</summary>
        public int OutputPowerWatts { get; internal set; }

        /// <summary>upsOutputPercentLoad: percent of the rated output power.</summary>
        public int OutputPercentLoad { get; internal set; }

        /// <summary><see cref="UpsAlarms"/> bits; upsAlarmsPresent = UpsAlarms.Count(Alarms).</summary>
        public int Alarms { get; internal set; }

        /// <summary><see cref="UpsSensors"/> bits of the inputs that failed at the last poll.</summary>
        public int SensorFaults { get; internal set; }

        /// <summary>upsTestResultsSummary.</summary>
        public UpsTestResult TestResult { get; internal set; }

        /// <summary>upsTestElapsedTime in seconds since the last test started (0 before any test).</summary>
        public int TestElapsedSeconds { get; internal set; }
    }
}
