namespace Callhome.Hal
{
    /// <summary>
    /// The hardware watchdog: the board resets unless Kick is called within TimeoutMilliseconds. Only the
    /// main loop kicks it, so a hung SSH read or a deadlock ends in a reboot rather than a silent device.
    /// </summary>
    public interface IWatchdog
    {
        int TimeoutMilliseconds { get; }

        void Kick();
    }
}
