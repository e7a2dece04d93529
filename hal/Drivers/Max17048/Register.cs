namespace Callhome.Hal.Drivers.Max17048
{
    /// <summary>MAX17048/MAX17049 registers (Maxim data sheet 19-6171, Table 2 "Register Summary").</summary>
    public enum Register : byte
    {
        VCell = 0x02,
        Soc = 0x04,
        Mode = 0x06,
        Version = 0x08,
        Hibrt = 0x0A,
        Config = 0x0C,
        Valrt = 0x14,
        Crate = 0x16,
        VResetId = 0x18,
        Status = 0x1A,
        Table = 0x40,
        Cmd = 0xFE,
    }
}
