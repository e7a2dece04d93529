using System;

namespace Callhome.Hal
{
    /// <summary>
    /// Wall-clock time for timestamps (NETCONF eventTime, logs). A board without a battery-backed RTC boots
    /// unsynchronised and stays so until the manager or SNTP sets it; callers must report that state rather
    /// than a time near 1970.
    /// </summary>
    public interface IRealTimeClock
    {
        bool IsSynchronised { get; }

        /// <returns>false while unsynchronised.</returns>
        bool TryGetUtcNow(out DateTime utcNow);

        void SetUtcNow(DateTime utcNow);
    }
}
