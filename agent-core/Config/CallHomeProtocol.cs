namespace Callhome.AgentCore.Config
{
    /// <summary>
    /// Which side of SSH the device takes on the connection it opened. Rfc8071: the device is the SSH server
    /// and the manager, as SSH client, opens the `netconf` subsystem (RFC 8071 §3.1, manager port 4334).
    /// Turn: the device is the SSH client, authenticates with its device key, pins the manager's host key,
    /// opens `netconf-turn` and serves NETCONF on it (draft-lear-callhome-description §7). Stored as one
    /// byte; values are persistent, never renumber.
    /// </summary>
    public enum CallHomeProtocol
    {
        Rfc8071 = 0,
        Turn = 1,
    }
}
