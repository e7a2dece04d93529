using Callhome.AgentCore.Model.Ups;

namespace Callhome.AgentCore.Console.Status
{
    /// <summary>The UPS model as status lines, in the MIB's units (RFC 1628) with the units spelled out.</summary>
    public static class UpsStatusText
    {
        public static void Write(UpsModel m, StatusLines lines)
        {
            lines.Add("ups: output " + Source(m.OutputSource) + ", battery " + Battery(m.BatteryStatus) + ", charge "
                + m.EstimatedChargeRemaining.ToString() + " %, runtime " + m.EstimatedMinutesRemaining.ToString()
                + " min, on battery " + m.SecondsOnBattery.ToString() + " s");
            lines.Add("  battery: " + StatusLines.Tenths(m.BatteryVoltageDecivolts) + " V, " + StatusLines.Tenths(m.BatteryCurrentDeciamps)
                + " A, " + m.BatteryTemperatureCelsius.ToString() + " C");
            lines.Add("  input: " + m.InputVoltageVolts.ToString() + " V, " + StatusLines.Tenths(m.InputFrequencyDecihertz) + " Hz");
            lines.Add("  output: " + m.OutputVoltageVolts.ToString() + " V, " + StatusLines.Tenths(m.OutputFrequencyDecihertz) + " Hz, "
                + StatusLines.Tenths(m.OutputCurrentDeciamps) + " A, " + m.OutputPowerWatts.ToString() + " W, "
                + m.OutputPercentLoad.ToString() + " % load");
            lines.Add("  alarms: " + Alarms(m.Alarms));
            lines.Add("  sensors: " + (m.SensorFaults == 0 ? "ok" : "fault " + Sensors(m.SensorFaults)));
        }

        public static string Source(UpsOutputSource source)
        {
            switch (source)
            {
                case UpsOutputSource.Normal:
                    return "normal";
                case UpsOutputSource.Battery:
                    return "battery";
                case UpsOutputSource.None:
                    return "none";
                case UpsOutputSource.Bypass:
                    return "bypass";
                default:
                    return "other";
            }
        }

        public static string Battery(UpsBatteryStatus status)
        {
            switch (status)
            {
                case UpsBatteryStatus.Normal:
                    return "normal";
                case UpsBatteryStatus.Low:
                    return "low";
                case UpsBatteryStatus.Depleted:
                    return "depleted";
                default:
                    return "unknown";
            }
        }

        private static string Alarms(int alarms)
        {
            if (alarms == 0)
            {
                return "none";
            }

            string text = string.Empty;
            text = Flag(text, alarms, UpsAlarms.OnBattery, "on-battery");
            text = Flag(text, alarms, UpsAlarms.LowBattery, "low-battery");
            text = Flag(text, alarms, UpsAlarms.DepletedBattery, "depleted-battery");
            text = Flag(text, alarms, UpsAlarms.TemperatureBad, "temperature-bad");
            text = Flag(text, alarms, UpsAlarms.OutputOverload, "output-overload");
            text = Flag(text, alarms, UpsAlarms.DiagnosticTestFailed, "test-failed");
            text = Flag(text, alarms, UpsAlarms.TestInProgress, "test-in-progress");
            return Flag(text, alarms, UpsAlarms.SensorFault, "sensor-fault");
        }

        private static string Sensors(int faults)
        {
            string text = string.Empty;
            text = Flag(text, faults, UpsSensors.BatteryMonitor, "battery-monitor");
            text = Flag(text, faults, UpsSensors.FuelGauge, "fuel-gauge");
            text = Flag(text, faults, UpsSensors.MainsSense, "mains-sense");
            text = Flag(text, faults, UpsSensors.OutputSense, "output-sense");
            return Flag(text, faults, UpsSensors.Temperature, "temperature");
        }

        internal static string Flag(string text, int bits, int bit, string name)
        {
            if ((bits & bit) == 0)
            {
                return text;
            }

            return text.Length == 0 ? name : text + "," + name;
        }
    }
}
