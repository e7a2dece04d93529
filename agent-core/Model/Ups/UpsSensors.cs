namespace Callhome.AgentCore.Model.Ups
{
    /// <summary>Bits of <see cref="UpsModel.SensorFaults"/>: which input could not be read at the last poll.</summary>
    public static class UpsSensors
    {
        public const int BatteryMonitor = 0x01; // INA219 on the battery branch
        public const int FuelGauge = 0x02;      // MAX17048
        public const int MainsSense = 0x04;     // ADC: rectified mains divider
        public const int OutputSense = 0x08;    // ADC: output current transformer
        public const int Temperature = 0x10;    // ADC: TMP36-style battery temperature sensor
    }
}
