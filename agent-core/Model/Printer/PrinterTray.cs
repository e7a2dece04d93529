namespace Callhome.AgentCore.Model.Printer
{
    /// <summary>One input tray, as a prtInputEntry (RFC 3805). The engine reports only "paper out", so the level
    /// is either 0 or <see cref="PrinterSupply.SomeRemaining"/> (prtInputCurrentLevel −3: at least one sheet).</summary>
    public sealed class PrinterTray
    {
        internal PrinterTray(string name, int maxCapacitySheets)
        {
            Name = name;
            MaxCapacitySheets = maxCapacitySheets;
            CurrentLevel = PrinterSupply.Unknown;
        }

        /// <summary>prtInputName.</summary>
        public string Name { get; }

        /// <summary>prtInputMaxCapacity in sheets (prtInputCapacityUnit sheets(8)).</summary>
        public int MaxCapacitySheets { get; }

        /// <summary>prtInputCurrentLevel: sheets, −3 (some), −2 (unknown).</summary>
        public int CurrentLevel { get; internal set; }
    }
}
