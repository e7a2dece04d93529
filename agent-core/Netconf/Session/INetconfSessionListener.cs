namespace Callhome.AgentCore.Netconf.Session
{
    /// <summary>Told when a session ends (close-session, kill-session, a framing error, a bad hello), so the
    /// transport under it (an SSH channel) is closed too.</summary>
    public interface INetconfSessionListener
    {
        void OnSessionClosed(NetconfSession session, string reason);
    }
}
