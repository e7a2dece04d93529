namespace Callhome.AgentCore.Netconf.Data
{
    /// <summary>The operation attribute's values (RFC 6241 §7.2) and default-operation none.</summary>
    public enum EditOperation
    {
        None,
        Merge,
        Replace,
        Create,
        Delete,
        Remove,
    }
}
