using System;
using Callhome.Hal;

namespace Callhome.Boards.Stm32Pdu
{
    /// <summary>Milliseconds since boot from the nanoCLR's tick counter (SysTick), never set back.</summary>
    public sealed class Stm32TickCountClock : IMonotonicClock
    {
        public long ElapsedMilliseconds
        {
            get { return Environment.TickCount64; }
        }
    }
}
