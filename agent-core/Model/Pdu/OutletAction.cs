namespace Callhome.AgentCore.Model.Pdu
{
    /// <summary>A switch waiting for its delay on the monotonic clock.</summary>
    public enum OutletAction
    {
        None = 0,
        On = 1,
        Off = 2,

        /// <summary>Off now, on again when the delay has passed (a reboot of what is plugged in).</summary>
        Cycle = 3,
    }
}
