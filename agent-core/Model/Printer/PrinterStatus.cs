namespace Callhome.AgentCore.Model.Printer
{
    /// <summary>
    /// The printer's overall state. Idle, Printing and WarmUp are hrPrinterStatus idle(3), printing(4) and
    /// warmup(5) (RFC 2790); Warning and Error are hrDeviceStatus warning(3) and down(5) with the reason in
    /// <see cref="PrinterModel.Alerts"/> (hrPrinterDetectedErrorState). Unknown: the engine does not answer.
    /// </summary>
    public enum PrinterStatus
    {
        Unknown = 0,
        Idle = 1,
        Printing = 2,
        WarmUp = 3,
        Warning = 4,
        Error = 5,
    }
}
