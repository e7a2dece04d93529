using System.Collections.Generic;
using Callhome.Boards.Emulator;
using Callhome.Boards.Emulator.Physics;
using Xunit;

namespace Callhome.Emulator.Tests
{
    /// <summary>The emulated watchdog reports a late kick once per missed deadline, on a clock the test moves.</summary>
    public class EmulatedWatchdogTests
    {
        [Fact]
        public void AKickWithinTheTimeoutIsNotReported()
        {
            var clock = new VirtualClock();
            var watchdog = new EmulatedWatchdog(clock, 2000);
            for (int i = 0; i < 10; i++)
            {
                clock.Advance(1999);
                Assert.False(watchdog.Check());
                watchdog.Kick();
            }

            Assert.Equal(0, watchdog.MissedCount);
            Assert.Equal(10, watchdog.KickCount);
        }

        [Fact]
        public void ALateKickIsReportedOnceWithHowLateItWasUntilTheNextKick()
        {
            var clock = new VirtualClock();
            var watchdog = new EmulatedWatchdog(clock, 2000);
            var late = new List<long>();
            watchdog.Missed += late.Add;

            clock.Advance(2000);
            Assert.False(watchdog.Check());
            clock.Advance(1);
            Assert.True(watchdog.Check());
            clock.Advance(5000);
            Assert.False(watchdog.Check());
            Assert.Equal(new long[] { 2001 }, late);

            watchdog.Kick();
            clock.Advance(2500);
            Assert.True(watchdog.Check());
            Assert.Equal(new long[] { 2001, 2500 }, late);
            Assert.Equal(2, watchdog.MissedCount);
        }
    }
}
