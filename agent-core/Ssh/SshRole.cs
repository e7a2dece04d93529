namespace Callhome.AgentCore.Ssh
{
    /// <summary>Which side of RFC 4253 the session plays. The server role holds the host key and verifies client keys.</summary>
    public enum SshRole
    {
        Client = 0,
        Server = 1,
    }
}
