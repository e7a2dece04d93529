namespace Callhome.AgentCore.Model.Pdu
{
    /// <summary>One outlet as NETCONF and SNMP see it. Units are in the names.</summary>
    public sealed class PduOutlet
    {
        internal PduOutlet(int number, int overcurrentDeciamps)
        {
            Number = number;
            Name = "Outlet " + number.ToString();
            OvercurrentDeciamps = overcurrentDeciamps;
        }

        /// <summary>1-based, as MIB table indices are.</summary>
        public int Number { get; }

        public string Name { get; internal set; }

        /// <summary>The relay as read back from the expander's pins (not merely as commanded).</summary>
        public bool IsOn { get; internal set; }

        public OutletAction PendingAction { get; internal set; }

        /// <summary>Monotonic-clock time at which <see cref="PendingAction"/> runs.</summary>
        public long PendingDueMilliseconds { get; internal set; }

        /// <summary>RMS current in 0.1 A.</summary>
        public int CurrentDeciamps { get; internal set; }

        /// <summary>Watts at the PDU's nominal voltage.</summary>
        public int PowerWatts { get; internal set; }

        /// <summary>Threshold in 0.1 A above which <see cref="Overcurrent"/> is raised.</summary>
        public int OvercurrentDeciamps { get; internal set; }

        public bool Overcurrent { get; internal set; }

        /// <summary>The outlet's current sensor failed at the last poll (values are the last good ones).</summary>
        public bool SensorFault { get; internal set; }
    }
}
