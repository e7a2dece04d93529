using System;
using Callhome.Hal;

namespace Callhome.Boards.Esp32Ups
{
    /// <summary>Milliseconds since boot from the nanoCLR's tick counter (nanoFramework.Runtime.Native).</summary>
    public sealed class TickCountClock : IMonotonicClock
    {
        public long ElapsedMilliseconds
        {
            get { return Environment.TickCount64; }
        }
    }
}
