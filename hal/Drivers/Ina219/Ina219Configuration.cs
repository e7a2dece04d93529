namespace Callhome.Hal.Drivers.Ina219
{
    /// <summary>
    /// The Configuration register (00h, SBOS448G §8.6.2.1): RST bit 15, BRNG bit 13, PG bits 12–11,
    /// BADC bits 10–7, SADC bits 6–3, MODE bits 2–0. Power-on value 399Fh.
    /// </summary>
    public static class Ina219Configuration
    {
        public const int PowerOnReset = 0x399F;

        public const int ResetBit = 0x8000;

        /// <summary>BRNG: 0 = 16 V full scale, 1 = 32 V.</summary>
        public const int BusRange16V = 0;
        public const int BusRange32V = 1;

        /// <summary>PG: shunt full scale ±40 mV (gain 1), ±80, ±160, ±320 mV (gain /8).</summary>
        public const int Gain40mV = 0;
        public const int Gain80mV = 1;
        public const int Gain160mV = 2;
        public const int Gain320mV = 3;

        /// <summary>BADC/SADC: 9–12-bit single samples (0–3), or 12-bit averaged over 2^(n−8) samples (9–15).</summary>
        public const int Adc9Bit = 0x0;
        public const int Adc12Bit = 0x3;
        public const int Adc12BitAverage128 = 0xF;

        /// <summary>MODE 111: shunt and bus, continuous.</summary>
        public const int ModeShuntAndBusContinuous = 0x7;
        public const int ModePowerDown = 0x0;

        public static int Encode(int busRange, int gain, int busAdc, int shuntAdc, int mode)
        {
            return ((busRange & 0x1) << 13) | ((gain & 0x3) << 11) | ((busAdc & 0xF) << 7)
                | ((shuntAdc & 0xF) << 3) | (mode & 0x7);
        }
    }
}
