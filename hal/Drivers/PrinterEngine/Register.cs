namespace Callhome.Hal.Drivers.PrinterEngine
{
    /// <summary>
    /// Registers of the printer-engine status link. This protocol is ours (callhome's), not a vendor's:
    /// see README.md in this folder for the byte layout.
    /// </summary>
    public enum Register : byte
    {
        ProtocolVersion = 0x00,
        EngineState = 0x01,
        Alerts = 0x02,
        SupplyLevels = 0x04,
        PageCount = 0x08,
        AlertClear = 0x0C,
    }
}
