using System;
using Callhome.Hal;

namespace Callhome.Boards.Emulator
{
    /// <summary>
    /// The emulated board's watchdog. A real one resets the board when <see cref="Kick"/> is late; this one
    /// reports it instead (<see cref="Missed"/>, <see cref="MissedCount"/>), so a hung poll loop shows up in the
    /// emulator's output and in tests. <see cref="Check"/> is the hardware counter: the board calls it from a
    /// timer, a test calls it after moving its clock.
    /// </summary>
    public sealed class EmulatedWatchdog : IWatchdog
    {
        private readonly IMonotonicClock clock;
        private readonly object sync = new object();
        private long lastKick;
        private bool reported;

        public EmulatedWatchdog(IMonotonicClock clock, int timeoutMilliseconds)
        {
            ArgumentNullException.ThrowIfNull(clock);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(timeoutMilliseconds);
            this.clock = clock;
            TimeoutMilliseconds = timeoutMilliseconds;
            lastKick = clock.ElapsedMilliseconds;
        }

        /// <summary>Raised once per missed deadline with the milliseconds since the last kick.</summary>
        public event Action<long>? Missed;

        public int TimeoutMilliseconds { get; }

        public int KickCount { get; private set; }

        public int MissedCount { get; private set; }

        public void Kick()
        {
            lock (sync)
            {
                lastKick = clock.ElapsedMilliseconds;
                reported = false;
                KickCount++;
            }
        }

        /// <returns>true when the deadline has passed without a kick (reported once until the next kick).</returns>
        public bool Check()
        {
            long late;
            lock (sync)
            {
                late = clock.ElapsedMilliseconds - lastKick;
                if (late <= TimeoutMilliseconds || reported)
                {
                    return false;
                }

                reported = true;
                MissedCount++;
            }

            Missed?.Invoke(late);
            return true;
        }
    }
}
