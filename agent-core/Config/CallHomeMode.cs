namespace Callhome.AgentCore.Config
{
    /// <summary>How the device calls its manager (draft-lear-callhome-description §7): keep one connection up, or
    /// dial every period and hang up when idle. Stored as one byte; values are persistent, never renumber.</summary>
    public enum CallHomeMode
    {
        Persistent = 0,
        Periodic = 1,
    }
}
