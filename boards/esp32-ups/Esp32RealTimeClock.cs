using System;
using Callhome.Hal;
using nanoFramework.Runtime.Native;

namespace Callhome.Boards.Esp32Ups
{
    /// <summary>The ESP32's RTC: lost at power-off on this board (no backup battery), so unsynchronised at boot.</summary>
    public sealed class Esp32RealTimeClock : IRealTimeClock
    {
        private bool synchronised;

        public bool IsSynchronised
        {
            get { return synchronised; }
        }

        public bool TryGetUtcNow(out DateTime utcNow)
        {
            utcNow = DateTime.UtcNow;
            return synchronised;
        }

        public void SetUtcNow(DateTime utcNow)
        {
            Rtc.SetSystemTime(utcNow);
            synchronised = true;
        }
    }
}
