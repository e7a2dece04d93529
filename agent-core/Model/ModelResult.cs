namespace Callhome.AgentCore.Model
{
    /// <summary>The outcome of a write to a device model (NETCONF and SNMP map it to their own error codes).</summary>
    public enum ModelResult
    {
        Ok = 0,

        /// <summary>No such outlet, supply or alert.</summary>
        NoSuchObject = 1,

        /// <summary>The value is out of its range (a delay, an alert mask).</summary>
        BadValue = 2,

        /// <summary>The operation is valid but not now (a self-test already running, on battery).</summary>
        Busy = 3,

        /// <summary>The hardware did not take the command (a NACK); the model is unchanged.</summary>
        HardwareFault = 4,
    }
}
