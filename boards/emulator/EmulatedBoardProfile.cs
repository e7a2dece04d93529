namespace Callhome.Boards.Emulator
{
    /// <summary>
    /// The emulated board's hardware budget in one place: flash geometry and how it is partitioned, and the
    /// I2C addresses of its chips. Sized like a small NOR part on an ESP32-class controller.
    /// </summary>
    public static class EmulatedBoardProfile
    {
        public const int FlashPageSize = 4096;
        public const int FlashPageCount = 64;

        /// <summary>Two config slots of one 4 KB page each (a record is at most ConfigLimits.MaxRecordBytes).</summary>
        public const int ConfigFirstPage = 0;
        public const int ConfigPagesPerSlot = 1;

        /// <summary>The event queue's WearRing.</summary>
        public const int QueueFirstPage = 2;
        public const int QueuePages = 16;

        public const int PowerMonitorAddress = 0x40;
        public const int FuelGaugeAddress = 0x36;
        public const int RelayExpanderAddress = 0x20;
        public const int PrinterEngineAddress = 0x5C;
    }
}
