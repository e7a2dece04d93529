namespace Callhome.AgentCore.Model.Printer
{
    /// <summary>One toner supply, as a prtMarkerSuppliesEntry (RFC 3805, Printer-MIB v2).</summary>
    public sealed class PrinterSupply
    {
        /// <summary>prtMarkerSuppliesLevel: the level is not known (sensor fault, supply not fitted).</summary>
        public const int Unknown = -2;

        /// <summary>prtMarkerSuppliesLevel: some remains, amount not known.</summary>
        public const int SomeRemaining = -3;

        /// <summary>prtMarkerSuppliesSupplyUnit percent(19): our engine reports levels in percent.</summary>
        public const int UnitPercent = 19;

        internal PrinterSupply(string colorant)
        {
            Colorant = colorant;
            Level = Unknown;
            MaxCapacity = Unknown;
        }

        /// <summary>prtMarkerColorantValue: "black", "cyan", "magenta", "yellow".</summary>
        public string Colorant { get; }

        public bool Present { get; internal set; }

        /// <summary>prtMarkerSuppliesLevel in <see cref="UnitPercent"/>, or <see cref="Unknown"/>.</summary>
        public int Level { get; internal set; }

        /// <summary>prtMarkerSuppliesMaxCapacity: 100 (percent) when fitted, <see cref="Unknown"/> otherwise.</summary>
        public int MaxCapacity { get; internal set; }
    }
}
