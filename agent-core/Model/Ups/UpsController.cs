using System;
using Callhome.Hal;
using Callhome.Hal.Drivers.Ina219;
using Callhome.Hal.Drivers.Max17048;

namespace Callhome.AgentCore.Model.Ups
{
    /// <summary>
    /// Polls the UPS's sensors into a <see cref="UpsModel"/>: the INA219 on the battery branch (pack voltage,
    /// charge/discharge current; positive = charging), the MAX17048 fuel gauge (state of charge), and three ADC
    /// channels (mains sense, output current transformer, a TMP36-style temperature sensor: 10 mV/°C, 500 mV
    /// at 0 °C). A failed read marks a sensor fault and keeps the last value; nothing here throws on hardware.
    /// </summary>
    public sealed class UpsController
    {
        private readonly Ina219PowerMonitor battery;
        private readonly int batteryConfiguration;
        private readonly Max17048FuelGauge gauge;
        private readonly IAdcChannel mains;
        private readonly IAdcChannel output;
        private readonly IAdcChannel temperature;
        private readonly IMonotonicClock clock;
        private readonly UpsRating rating;
        private bool batteryReady;
        private bool onBattery;
        private long onBatterySince;
        private long testStartedAt = -1;
        private int batteryMicroamps;
        private int batteryMillivolts;

        public UpsController(Ina219PowerMonitor battery, int batteryConfiguration, Max17048FuelGauge gauge,
            IAdcChannel mains, IAdcChannel output, IAdcChannel temperature, IMonotonicClock clock, UpsRating rating)
        {
            ArgumentNullException.ThrowIfNull(battery);
            ArgumentNullException.ThrowIfNull(gauge);
            ArgumentNullException.ThrowIfNull(mains);
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(temperature);
            ArgumentNullException.ThrowIfNull(clock);
            ArgumentNullException.ThrowIfNull(rating);
            this.battery = battery;
            this.batteryConfiguration = batteryConfiguration;
            this.gauge = gauge;
            this.mains = mains;
            this.output = output;
            this.temperature = temperature;
            this.clock = clock;
            this.rating = rating;
        }

        public UpsModel Model { get; } = new UpsModel();

        /// <summary>upsTestId ← upsTestQuickBatteryTest. Refused while a test runs, or on battery (a battery
        /// test then would only shorten the runtime left).</summary>
        public ModelResult StartSelfTest()
        {
            if (Model.TestResult == UpsTestResult.InProgress || onBattery)
            {
                return ModelResult.Busy;
            }

            testStartedAt = clock.ElapsedMilliseconds;
            Model.TestResult = UpsTestResult.InProgress;
            Model.TestElapsedSeconds = 0;
            Model.Listeners.Raise(Model, ModelEvent.SelfTestStarted, -1);
            return ModelResult.Ok;
        }

        public void Poll()
        {
            long now = clock.ElapsedMilliseconds;
            int faults = 0;
            if (!ReadBattery())
            {
                faults |= UpsSensors.BatteryMonitor;
            }

            if (gauge.TryReadStateOfChargeMillipercent(out int charge))
            {
                Model.ChargeMillipercent = Fixed.Clamp(charge, 0, 100000);
            }
            else
            {
                faults |= UpsSensors.FuelGauge;
            }

            if (!ReadMains(now))
            {
                faults |= UpsSensors.MainsSense;
            }

            if (!ReadOutput())
            {
                faults |= UpsSensors.OutputSense;
            }

            if (temperature.TryRead(out int raw))
            {
                Model.TemperatureDecicelsius = Fixed.AdcMillivolts(raw, temperature.ReferenceMillivolts, temperature.MaxValue) - 500;
            }
            else
            {
                faults |= UpsSensors.Temperature;
            }

            UpdateFaults(faults);
            Model.SecondsOnBattery = onBattery ? (int)((now - onBatterySince) / 1000) : 0;
            Model.EstimatedMinutesRemaining = EstimateMinutes();
            UpdateBatteryStatus(faults);
            UpdateSelfTest(now, faults);
            UpdateAlarms();
        }

        private bool ReadBattery()
        {
            if (!batteryReady)
            {
                batteryReady = battery.TryInitialize(batteryConfiguration);
                if (!batteryReady)
                {
                    return false;
                }
            }

            if (!battery.TryReadBusMillivolts(out int millivolts) || !battery.TryReadCurrentMicroamps(out int microamps))
            {
                // Re-initialize at the next poll: a chip that fell silent may come back reset (calibration 0).
                batteryReady = false;
                return false;
            }

            batteryMillivolts = millivolts;
            batteryMicroamps = microamps;
            Model.BatteryVoltageDecivolts = (int)Fixed.DivideRounded(millivolts, 100);
            Model.BatteryCurrentDeciamps = (int)Fixed.DivideRounded(microamps, 100000);
            return true;
        }

        private bool ReadMains(long now)
        {
            if (!mains.TryRead(out int raw))
            {
                return false;
            }

            int decivolts = Fixed.AdcMillivolts(raw, mains.ReferenceMillivolts, mains.MaxValue) * rating.InputDecivoltsPerMillivolt;
            Model.InputVoltageVolts = (int)Fixed.DivideRounded(decivolts, 10);
            bool present = Model.InputVoltageVolts >= rating.LowTransferVolts;
            Model.InputFrequencyDecihertz = present ? rating.NominalFrequencyDecihertz : 0;
            if (present == onBattery)
            {
                onBattery = !present;
                onBatterySince = now;
                Model.Listeners.Raise(Model, onBattery ? ModelEvent.OnBattery : ModelEvent.OnMains, -1);
            }

            return true;
        }

        private bool ReadOutput()
        {
            bool depleted = onBattery && Model.ChargeMillipercent <= 0;
            Model.OutputSource = !onBattery ? UpsOutputSource.Normal : depleted ? UpsOutputSource.None : UpsOutputSource.Battery;
            Model.OutputVoltageVolts = Model.OutputSource == UpsOutputSource.Normal ? Model.InputVoltageVolts
                : Model.OutputSource == UpsOutputSource.Battery ? rating.NominalOutputVolts : 0;
            Model.OutputFrequencyDecihertz = Model.OutputSource == UpsOutputSource.None ? 0 : rating.NominalFrequencyDecihertz;
            if (!output.TryRead(out int raw))
            {
                return false;
            }

            int milliamps = Fixed.AdcMillivolts(raw, output.ReferenceMillivolts, output.MaxValue) * rating.OutputMilliampsPerMillivolt;
            Model.OutputCurrentDeciamps = (int)Fixed.DivideRounded(milliamps, 100);
            Model.OutputPowerWatts = (int)Fixed.DivideRounded((long)Model.OutputVoltageVolts * milliamps, 1000);
            Model.OutputPercentLoad = rating.RatedOutputWatts <= 0 ? 0
                : (int)Fixed.DivideRounded((long)Model.OutputPowerWatts * 100, rating.RatedOutputWatts);
            return true;
        }

        // Energy left (capacity × pack voltage × charge) over the present drain: the battery's own discharge
        // power on battery, the output power (what the battery would have to carry) on mains.
        private int EstimateMinutes()
        {
            long remainingMilliwattHours = (long)rating.BatteryCapacityMilliampHours * batteryMillivolts / 1000
                * Model.ChargeMillipercent / 100000;
            long drainMilliwatts = onBattery && batteryMicroamps < 0
                ? (long)-batteryMicroamps * batteryMillivolts / 1000000
                : (long)Model.OutputPowerWatts * 1000;
            if (remainingMilliwattHours <= 0)
            {
                // An empty pack carries nothing, whatever the load (with no load it would otherwise read "forever").
                return 0;
            }

            if (drainMilliwatts <= 0)
            {
                return rating.MaxRuntimeMinutes;
            }

            return Fixed.Clamp(remainingMilliwattHours * 60 / drainMilliwatts, 0, rating.MaxRuntimeMinutes);
        }

        private void UpdateBatteryStatus(int faults)
        {
            UpsBatteryStatus before = Model.BatteryStatus;
            UpsBatteryStatus after;
            int percent = Model.EstimatedChargeRemaining;
            if ((faults & UpsSensors.FuelGauge) != 0)
            {
                after = UpsBatteryStatus.Unknown;
            }
            else if (percent <= rating.DepletedPercent)
            {
                after = UpsBatteryStatus.Depleted;
            }
            else if (percent <= rating.LowBatteryPercent
                || (onBattery && Model.EstimatedMinutesRemaining <= rating.LowBatteryMinutes)
                || ((before == UpsBatteryStatus.Low || before == UpsBatteryStatus.Depleted) && percent <= rating.LowBatteryPercent + rating.LowBatteryHysteresisPercent))
            {
                after = UpsBatteryStatus.Low;
            }
            else
            {
                after = UpsBatteryStatus.Normal;
            }

            if (after == before)
            {
                return;
            }

            Model.BatteryStatus = after;
            if (after == UpsBatteryStatus.Low)
            {
                Model.Listeners.Raise(Model, ModelEvent.BatteryLow, -1);
            }
            else if (after == UpsBatteryStatus.Depleted)
            {
                Model.Listeners.Raise(Model, ModelEvent.BatteryDepleted, -1);
            }
            else if (after == UpsBatteryStatus.Normal && before != UpsBatteryStatus.Unknown)
            {
                Model.Listeners.Raise(Model, ModelEvent.BatteryNormal, -1);
            }
        }

        // The quick test watches the battery for SelfTestMilliseconds: it fails if the battery monitor or the
        // gauge cannot be read, and warns if the battery is already low.
        private void UpdateSelfTest(long now, int faults)
        {
            if (testStartedAt < 0)
            {
                return;
            }

            Model.TestElapsedSeconds = (int)((now - testStartedAt) / 1000);
            if (Model.TestResult != UpsTestResult.InProgress)
            {
                return;
            }

            if (onBattery)
            {
                Model.TestResult = UpsTestResult.Aborted;
            }
            else if (now - testStartedAt < rating.SelfTestMilliseconds)
            {
                return;
            }
            else if ((faults & (UpsSensors.BatteryMonitor | UpsSensors.FuelGauge)) != 0)
            {
                Model.TestResult = UpsTestResult.DoneError;
            }
            else
            {
                Model.TestResult = Model.BatteryStatus == UpsBatteryStatus.Normal ? UpsTestResult.DonePass : UpsTestResult.DoneWarning;
            }

            Model.Listeners.Raise(Model, ModelEvent.SelfTestFinished, -1);
        }

        private void UpdateAlarms()
        {
            int alarms = 0;
            alarms |= onBattery ? UpsAlarms.OnBattery : 0;
            alarms |= Model.BatteryStatus == UpsBatteryStatus.Low ? UpsAlarms.LowBattery : 0;
            alarms |= Model.BatteryStatus == UpsBatteryStatus.Depleted ? UpsAlarms.DepletedBattery : 0;
            alarms |= Model.BatteryTemperatureCelsius > rating.MaxTemperatureCelsius ? UpsAlarms.TemperatureBad : 0;
            alarms |= Model.OutputPercentLoad > 100 ? UpsAlarms.OutputOverload : 0;
            alarms |= Model.TestResult == UpsTestResult.DoneError ? UpsAlarms.DiagnosticTestFailed : 0;
            alarms |= Model.TestResult == UpsTestResult.InProgress ? UpsAlarms.TestInProgress : 0;
            alarms |= Model.SensorFaults != 0 ? UpsAlarms.SensorFault : 0;
            Model.Alarms = alarms;
        }

        private void UpdateFaults(int faults)
        {
            int appeared = faults & ~Model.SensorFaults;
            int cleared = Model.SensorFaults & ~faults;
            Model.SensorFaults = faults;
            for (int bit = 1; bit <= UpsSensors.Temperature; bit <<= 1)
            {
                if ((appeared & bit) != 0)
                {
                    Model.Listeners.Raise(Model, ModelEvent.SensorFault, bit);
                }
                else if ((cleared & bit) != 0)
                {
                    Model.Listeners.Raise(Model, ModelEvent.SensorRecovered, bit);
                }
            }
        }
    }
}
