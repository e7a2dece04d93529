namespace Callhome.AgentCore.Netconf.Data
{
    /// <summary>Told after an edit changed the running configuration (for system/config-change).</summary>
    public interface IConfigChangeListener
    {
        void ConfigChanged(int sessionId);
    }
}
