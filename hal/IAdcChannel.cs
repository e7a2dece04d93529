namespace Callhome.Hal
{
    /// <summary>
    /// One ADC input (a battery tap, a thermistor divider). Raw counts and the full scale are exposed so the
    /// caller converts with integer arithmetic: millivolts = raw × ReferenceMillivolts / MaxValue.
    /// </summary>
    public interface IAdcChannel
    {
        /// <summary>The raw count at the reference voltage (4095 for a 12-bit converter).</summary>
        int MaxValue { get; }

        int ReferenceMillivolts { get; }

        /// <returns>false when the conversion failed; the caller reports a sensor fault.</returns>
        bool TryRead(out int raw);
    }
}
