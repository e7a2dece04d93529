using System;
using Callhome.Hal;

namespace Callhome.Portable.Tests.Netconf
{
    internal sealed class FixedRealTimeClock : IRealTimeClock
    {
        public FixedRealTimeClock(DateTime now, bool synchronised)
        {
            Now = now;
            IsSynchronised = synchronised;
        }

        public DateTime Now { get; set; }

        public bool IsSynchronised { get; private set; }

        public bool TryGetUtcNow(out DateTime utcNow)
        {
            utcNow = Now;
            return IsSynchronised;
        }

        public void SetUtcNow(DateTime utcNow)
        {
            Now = utcNow;
            IsSynchronised = true;
        }
    }
}
