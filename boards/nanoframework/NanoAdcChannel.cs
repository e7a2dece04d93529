using System;
using System.Device.Adc;
using Callhome.Hal;

namespace Callhome.Boards.NanoFramework
{
    /// <summary>The ADC seam over one nanoFramework <see cref="AdcChannel"/>; the reference voltage is the board's
    /// (3.3 V on both reference boards). A conversion that throws is reported as a failed read, not an exception.</summary>
    public sealed class NanoAdcChannel : IAdcChannel
    {
        private readonly AdcChannel channel;

        public NanoAdcChannel(AdcController controller, int channelNumber, int referenceMillivolts)
        {
            channel = controller.OpenChannel(channelNumber);
            MaxValue = controller.MaxValue;
            ReferenceMillivolts = referenceMillivolts;
        }

        public int MaxValue { get; }

        public int ReferenceMillivolts { get; }

        public bool TryRead(out int raw)
        {
            try
            {
                raw = channel.ReadValue();
                return raw >= 0 && raw <= MaxValue;
            }
            catch (Exception)
            {
                raw = 0;
                return false;
            }
        }
    }
}
