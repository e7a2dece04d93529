namespace Callhome.AgentCore.Model.Ups
{
    /// <summary>Alarm bits, one per RFC 1628 well-known alarm we can detect (upsAlarmTable rows, §upsWellKnownAlarms);
    /// upsAlarmsPresent is the number of bits set. SensorFault has no UPS-MIB alarm: it is ours.</summary>
    public static class UpsAlarms
    {
        public const int OnBattery = 0x0001;           // upsAlarmOnBattery
        public const int LowBattery = 0x0002;          // upsAlarmLowBattery
        public const int DepletedBattery = 0x0004;     // upsAlarmDepletedBattery
        public const int TemperatureBad = 0x0008;      // upsAlarmTempBad
        public const int OutputOverload = 0x0010;      // upsAlarmOutputOverload
        public const int DiagnosticTestFailed = 0x0020; // upsAlarmDiagnosticTestFailed
        public const int TestInProgress = 0x0040;      // upsAlarmTestInProgress
        public const int SensorFault = 0x0100;

        public static int Count(int alarms)
        {
            int n = 0;
            for (int bits = alarms; bits != 0; bits &= bits - 1)
            {
                n++;
            }

            return n;
        }
    }
}
