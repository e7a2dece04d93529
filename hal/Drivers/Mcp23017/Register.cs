namespace Callhome.Hal.Drivers.Mcp23017
{
    /// <summary>MCP23017 register addresses with IOCON.BANK = 0 (Microchip DS20001952, Table 3-5).</summary>
    public enum Register : byte
    {
        IoDirA = 0x00,
        IoDirB = 0x01,
        IPolA = 0x02,
        IPolB = 0x03,
        GpIntEnA = 0x04,
        GpIntEnB = 0x05,
        DefValA = 0x06,
        DefValB = 0x07,
        IntConA = 0x08,
        IntConB = 0x09,
        IoCon = 0x0A,
        GpPuA = 0x0C,
        GpPuB = 0x0D,
        IntFA = 0x0E,
        IntFB = 0x0F,
        IntCapA = 0x10,
        IntCapB = 0x11,
        GpioA = 0x12,
        GpioB = 0x13,
        OLatA = 0x14,
        OLatB = 0x15,
    }
}
