namespace Callhome.AgentCore.Netconf.Schema
{
    /// <summary>The YANG statements our modules use for data nodes (RFC 7950 §7.5, §7.6, §7.8).</summary>
    public enum SchemaKind
    {
        Container,
        List,
        Leaf,
    }
}
