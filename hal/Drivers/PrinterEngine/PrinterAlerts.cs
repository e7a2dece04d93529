namespace Callhome.Hal.Drivers.PrinterEngine
{
    /// <summary>Bits of the Alerts register (02h). Alerts latch in the engine until written to AlertClear (0Ch).</summary>
    public static class PrinterAlerts
    {
        public const int PaperJam = 0x0001;
        public const int DoorOpen = 0x0002;
        public const int PaperOut = 0x0004;
        public const int TonerLow = 0x0008;
        public const int TonerEmpty = 0x0010;
        public const int FuserFault = 0x0020;
    }
}
