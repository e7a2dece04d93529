using System.Diagnostics;
using Callhome.Hal;

namespace Callhome.Boards.Linux
{
    /// <summary>CLOCK_MONOTONIC through Stopwatch: unaffected by the wall clock being set.</summary>
    public sealed class StopwatchClock : IMonotonicClock
    {
        private readonly long start = Stopwatch.GetTimestamp();

        public long ElapsedMilliseconds => (long)Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
