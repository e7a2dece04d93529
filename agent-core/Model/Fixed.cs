namespace Callhome.AgentCore.Model
{
    /// <summary>Integer helpers for fixed-point units (no Math.Clamp(int) on nanoFramework's stable line).</summary>
    public static class Fixed
    {
        public static int Clamp(long value, int min, int max)
        {
            return value < min ? min : value > max ? max : (int)value;
        }

        /// <summary>Divides rounding half away from zero, so 0.05 A rounds to 0.1 A, not 0.0 A.</summary>
        public static long DivideRounded(long value, long divisor)
        {
            long half = divisor / 2;
            return value >= 0 ? (value + half) / divisor : -((-value + half) / divisor);
        }

        /// <summary>An ADC reading in millivolts: raw × reference / full scale, rounded to the nearest, so a
        /// converter that rounds to the nearest count reads back the voltage it was given.</summary>
        public static int AdcMillivolts(int raw, int referenceMillivolts, int maxValue)
        {
            return maxValue <= 0 ? 0 : (int)((((long)raw * referenceMillivolts) + (maxValue / 2)) / maxValue);
        }
    }
}
