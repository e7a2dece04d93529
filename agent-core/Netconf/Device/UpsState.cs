using Callhome.AgentCore.Model.Ups;
using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Schema;

namespace Callhome.AgentCore.Netconf.Device
{
    /// <summary>The callhome-ups container from the UPS model (state only; units as in RFC 1628).</summary>
    public static class UpsState
    {
        private static readonly string[] BatteryStatus = new string[] { "unknown", "unknown", "normal", "low", "depleted" };
        private static readonly string[] OutputSource = new string[] { "other", "other", "none", "normal", "bypass", "battery", "booster", "reducer" };
        private static readonly string[] TestResult = new string[] { "no-tests-initiated", "done-pass", "done-warning", "done-error", "aborted", "in-progress", "no-tests-initiated" };
        private static readonly int[] AlarmBits = new int[]
        {
            UpsAlarms.OnBattery, UpsAlarms.LowBattery, UpsAlarms.DepletedBattery, UpsAlarms.TemperatureBad,
            UpsAlarms.OutputOverload, UpsAlarms.DiagnosticTestFailed, UpsAlarms.TestInProgress, UpsAlarms.SensorFault,
        };

        private static readonly string[] AlarmNames = new string[]
        {
            "on-battery", "low-battery", "depleted-battery", "temperature-bad", "output-overload", "diagnostic-test-failed",
            "test-in-progress", "general-fault",
        };

        public static DataNode Build(UpsModel model)
        {
            DataNode ups = new DataNode(DeviceModules.Ups, "ups", null, false);
            DataNode battery = ups.Container("battery", false);
            battery.Leaf("status", Name(BatteryStatus, (int)model.BatteryStatus), false);
            battery.Leaf("seconds-on-battery", model.SecondsOnBattery.ToString(), false);
            battery.Leaf("minutes-remaining", model.EstimatedMinutesRemaining.ToString(), false);
            battery.Leaf("charge-remaining", model.EstimatedChargeRemaining.ToString(), false);
            battery.Leaf("voltage", DecimalType.Format(model.BatteryVoltageDecivolts), false);
            battery.Leaf("current", DecimalType.Format(model.BatteryCurrentDeciamps), false);
            battery.Leaf("temperature", model.BatteryTemperatureCelsius.ToString(), false);
            DataNode input = ups.Container("input", false);
            input.Leaf("voltage", model.InputVoltageVolts.ToString(), false);
            input.Leaf("frequency", DecimalType.Format(model.InputFrequencyDecihertz), false);
            DataNode output = ups.Container("output", false);
            output.Leaf("source", Name(OutputSource, (int)model.OutputSource), false);
            output.Leaf("voltage", model.OutputVoltageVolts.ToString(), false);
            output.Leaf("frequency", DecimalType.Format(model.OutputFrequencyDecihertz), false);
            output.Leaf("current", DecimalType.Format(model.OutputCurrentDeciamps), false);
            output.Leaf("power", model.OutputPowerWatts.ToString(), false);
            output.Leaf("load", model.OutputPercentLoad.ToString(), false);
            for (int i = 0; i < AlarmBits.Length; i++)
            {
                if ((model.Alarms & AlarmBits[i]) != 0)
                {
                    ups.Leaf("alarm", AlarmNames[i], false);
                }
            }

            DataNode test = ups.Container("self-test", false);
            test.Leaf("result", Name(TestResult, (int)model.TestResult), false);
            test.Leaf("elapsed", model.TestElapsedSeconds.ToString(), false);
            return ups;
        }

        private static string Name(string[] names, int value)
        {
            return value >= 0 && value < names.Length ? names[value] : names[0];
        }
    }
}
