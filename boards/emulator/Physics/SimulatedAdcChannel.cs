using Callhome.Hal;

namespace Callhome.Boards.Emulator.Physics
{
    /// <summary>A 12-bit, 3.3 V ADC input whose voltage the physics sets. <see cref="Failing"/> makes conversions fail.</summary>
    public sealed class SimulatedAdcChannel : IAdcChannel
    {
        public int MaxValue => 4095;

        public int ReferenceMillivolts => 3300;

        public int Millivolts { get; set; }

        public bool Failing { get; set; }

        public bool TryRead(out int raw)
        {
            raw = 0;
            if (Failing)
            {
                return false;
            }

            // Round to the nearest count, as a converter does, so a reading converts back to within one LSB.
            long clamped = System.Math.Clamp(Millivolts, 0, ReferenceMillivolts);
            raw = (int)(((clamped * MaxValue) + (ReferenceMillivolts / 2)) / ReferenceMillivolts);
            return true;
        }
    }
}
