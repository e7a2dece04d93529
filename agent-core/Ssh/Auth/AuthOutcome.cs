namespace Callhome.AgentCore.Ssh.Auth
{
    /// <summary>What one authentication message changed.</summary>
    internal enum AuthOutcome
    {
        Pending = 0,
        Succeeded = 1,
        Failed = 2,
    }
}
