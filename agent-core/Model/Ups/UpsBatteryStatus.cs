namespace Callhome.AgentCore.Model.Ups
{
    /// <summary>upsBatteryStatus (RFC 1628, UPS-MIB); values are the MIB's.</summary>
    public enum UpsBatteryStatus
    {
        Unknown = 1,
        Normal = 2,
        Low = 3,
        Depleted = 4,
    }
}
