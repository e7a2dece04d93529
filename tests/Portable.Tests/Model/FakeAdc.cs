using Callhome.Hal;

namespace Callhome.Portable.Tests.Model
{
    /// <summary>An ADC whose full scale equals its reference, so one count is one millivolt.</summary>
    internal sealed class FakeAdc : IAdcChannel
    {
        public FakeAdc(int millivolts)
        {
            Millivolts = millivolts;
        }

        public int MaxValue => 3300;

        public int ReferenceMillivolts => 3300;

        public int Millivolts { get; set; }

        public bool Failing { get; set; }

        public bool TryRead(out int raw)
        {
            raw = Failing ? 0 : Millivolts;
            return !Failing;
        }
    }
}
