using System;
using Callhome.Hal;

namespace Callhome.Boards.Linux
{
    /// <summary>
    /// The board's system clock. Boards without a battery-backed RTC boot near the epoch, so the clock counts
    /// as synchronised only once set by the agent or once it reads later than the firmware's build floor.
    /// </summary>
    public sealed class SystemRealTimeClock : IRealTimeClock
    {
        // No genuine time can be earlier than this project; a clock reading before it was never set.
        private static readonly DateTime Floor = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        private TimeSpan offset;
        private bool set;

        public bool IsSynchronised => set || DateTime.UtcNow >= Floor;

        public bool TryGetUtcNow(out DateTime utcNow)
        {
            utcNow = DateTime.UtcNow + offset;
            return IsSynchronised;
        }

        public void SetUtcNow(DateTime utcNow)
        {
            // Setting the kernel clock needs CAP_SYS_TIME; the agent keeps its own offset instead.
            offset = utcNow.ToUniversalTime() - DateTime.UtcNow;
            set = true;
        }
    }
}
