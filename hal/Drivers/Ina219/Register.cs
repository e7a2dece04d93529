namespace Callhome.Hal.Drivers.Ina219
{
    /// <summary>INA219 register pointers (TI SBOS448G §8.6, Table 2 "Summary of Register Set").</summary>
    public enum Register : byte
    {
        Configuration = 0x00,
        ShuntVoltage = 0x01,
        BusVoltage = 0x02,
        Power = 0x03,
        Current = 0x04,
        Calibration = 0x05,
    }
}
