namespace Callhome.AgentCore.Model.Ups
{
    /// <summary>upsOutputSource (RFC 1628, UPS-MIB); values are the MIB's. This board has no bypass relay or
    /// buck/boost stage, so Bypass, Booster and Reducer are never reported; they are listed for the MIB.</summary>
    public enum UpsOutputSource
    {
        Other = 1,
        None = 2,
        Normal = 3,
        Bypass = 4,
        Battery = 5,
        Booster = 6,
        Reducer = 7,
    }
}
