namespace Callhome.AgentCore.Model.Pdu
{
    /// <summary>The PDU's nameplate and sensor scaling, set per board.</summary>
    public sealed class PduRating
    {
        /// <summary>Outlets 1..OutletCount are relays 0..OutletCount − 1 of the MCP23017 bank (at most 16).</summary>
        public int OutletCount { get; set; } = 8;

        /// <summary>Outlet power is computed at this voltage: the board senses current only.</summary>
        public int NominalVolts { get; set; } = 230;

        /// <summary>Per-outlet current transformer: RMS milliamps per ADC millivolt.</summary>
        public int OutletMilliampsPerMillivolt { get; set; } = 10;

        /// <summary>Overcurrent threshold each outlet starts with, in 0.1 A.</summary>
        public int DefaultOvercurrentDeciamps { get; set; } = 100;

        /// <summary>Longest accepted switch delay.</summary>
        public int MaxDelaySeconds { get; set; } = 3600;

        public int MaxNameLength { get; set; } = 32;

        public bool RelaysActiveLow { get; set; }
    }
}
