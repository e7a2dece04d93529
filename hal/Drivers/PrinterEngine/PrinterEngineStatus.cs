namespace Callhome.Hal.Drivers.PrinterEngine
{
    /// <summary>One consistent snapshot of the engine, filled in place by <see cref="PrinterEngineLink.TryReadStatus"/>
    /// so a poll allocates nothing.</summary>
    public sealed class PrinterEngineStatus
    {
        public const int SupplyCount = 4;
        public const int SupplyAbsent = 0xFF;

        private readonly int[] supplies = new int[SupplyCount];

        public EngineState State { get; set; }

        /// <summary><see cref="PrinterAlerts"/> bits; bits this agent does not know are kept, not dropped.</summary>
        public int Alerts { get; set; }

        /// <summary>Total pages printed since manufacture: a 32-bit unsigned counter.</summary>
        public long PageCount { get; set; }

        /// <summary>Supply 0–3 = black, cyan, magenta, yellow, in percent; <see cref="SupplyAbsent"/> when not fitted.</summary>
        public int SupplyLevel(int supply)
        {
            return supplies[supply];
        }

        public void SetSupplyLevel(int supply, int percent)
        {
            supplies[supply] = percent;
        }
    }
}
