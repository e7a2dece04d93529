using Callhome.Hal;

namespace Callhome.Portable.Tests.Model
{
    internal sealed class FakeClock : IMonotonicClock
    {
        public long ElapsedMilliseconds { get; set; }

        public void Advance(long milliseconds)
        {
            ElapsedMilliseconds += milliseconds;
        }
    }
}
