namespace Callhome.Hal
{
    /// <summary>
    /// Time that never goes backwards, counted from an arbitrary start (boot). Timeouts, keepalives and
    /// re-key intervals are measured on it, never on wall time, which the manager may step.
    /// </summary>
    public interface IMonotonicClock
    {
        long ElapsedMilliseconds { get; }
    }
}
