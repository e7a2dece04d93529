namespace Callhome.AgentCore.Model.Ups
{
    /// <summary>upsTestResultsSummary (RFC 1628, UPS-MIB); values are the MIB's.</summary>
    public enum UpsTestResult
    {
        DonePass = 1,
        DoneWarning = 2,
        DoneError = 3,
        Aborted = 4,
        InProgress = 5,
        NoTestsInitiated = 6,
    }
}
