namespace Callhome.AgentCore.Netconf.Data
{
    /// <summary>The device's data: a fresh snapshot per request, so a reply is consistent even while the
    /// device model keeps changing. The root is a nameless node whose children are the top-level nodes.</summary>
    public interface IDataProvider
    {
        DataNode Snapshot();
    }
}
