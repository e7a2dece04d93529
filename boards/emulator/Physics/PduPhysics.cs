using System;
using Callhome.Boards.Emulator.Chips;

namespace Callhome.Boards.Emulator.Physics
{
    /// <summary>
    /// The loads plugged into a PDU: each outlet draws its load current while its relay is on (an MCP23017 pin
    /// that is an output and latched high), nothing otherwise, and its current transformer's ADC channel reads
    /// 1 mV per 10 mA.
    /// </summary>
    public sealed class PduPhysics
    {
        private readonly SimulatedMcp23017 expander;
        private readonly int[] loadMilliamps;
        private readonly SimulatedAdcChannel[] channels;

        public PduPhysics(SimulatedMcp23017 expander, int outlets)
        {
            this.expander = expander ?? throw new ArgumentNullException(nameof(expander));
            if (outlets < 1 || outlets > 16)
            {
                throw new ArgumentOutOfRangeException(nameof(outlets));
            }

            loadMilliamps = new int[outlets];
            channels = new SimulatedAdcChannel[outlets];
            for (int i = 0; i < outlets; i++)
            {
                channels[i] = new SimulatedAdcChannel();
            }
        }

        public int OutletCount => channels.Length;

        /// <summary>The current channels, outlet 1 first, as the PDU controller takes them.</summary>
        public SimulatedAdcChannel[] CurrentChannels => channels;

        /// <param name="outlet">1-based.</param>
        public void SetLoad(int outlet, int milliamps)
        {
            if (outlet < 1 || outlet > loadMilliamps.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(outlet));
            }

            ArgumentOutOfRangeException.ThrowIfNegative(milliamps);
            loadMilliamps[outlet - 1] = milliamps;
        }

        public bool IsPowered(int outlet)
        {
            int live = ~expander.Directions & expander.PinLevels;
            return (live & (1 << (outlet - 1))) != 0;
        }

        public void Step(long milliseconds)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(milliseconds);
            for (int outlet = 1; outlet <= channels.Length; outlet++)
            {
                channels[outlet - 1].Millivolts = IsPowered(outlet) ? loadMilliamps[outlet - 1] / 10 : 0;
            }
        }
    }
}
