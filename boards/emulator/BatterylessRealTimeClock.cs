using System;
using Callhome.Hal;

namespace Callhome.Boards.Emulator
{
    /// <summary>
    /// An RTC with no backup battery, as on the emulated boards: unsynchronised at every power-up until the
    /// agent sets it, then running on the monotonic clock.
    /// </summary>
    public sealed class BatterylessRealTimeClock : IRealTimeClock
    {
        private readonly IMonotonicClock clock;
        private DateTime setAt;
        private long setAtMilliseconds;
        private bool synchronised;

        public BatterylessRealTimeClock(IMonotonicClock clock)
        {
            this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
        }

        public bool IsSynchronised => synchronised;

        public bool TryGetUtcNow(out DateTime utcNow)
        {
            if (!synchronised)
            {
                utcNow = DateTime.MinValue;
                return false;
            }

            utcNow = setAt.AddMilliseconds(clock.ElapsedMilliseconds - setAtMilliseconds);
            return true;
        }

        public void SetUtcNow(DateTime utcNow)
        {
            setAt = utcNow.ToUniversalTime();
            setAtMilliseconds = clock.ElapsedMilliseconds;
            synchronised = true;
        }
    }
}
