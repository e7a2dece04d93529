using System;
using Callhome.Hal;

namespace Callhome.Boards.Emulator.Physics
{
    /// <summary>Emulated time: stands still until the test or scenario runner steps it, so an hour of battery
    /// discharge takes as long as its polls, and no test sleeps.</summary>
    public sealed class VirtualClock : IMonotonicClock
    {
        public long ElapsedMilliseconds { get; private set; }

        public void Advance(long milliseconds)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(milliseconds);
            ElapsedMilliseconds += milliseconds;
        }
    }
}
