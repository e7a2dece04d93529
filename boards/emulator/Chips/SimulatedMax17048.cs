using System;
using Callhome.Hal;

namespace Callhome.Boards.Emulator.Chips
{
    /// <summary>
    /// MAX17048 model (Maxim 19-6171, register summary): a byte-addressed map of 16-bit MSB-first registers.
    /// The battery is properties; VCELL (78.125 µV/LSB), SOC (1/256 %/LSB) and CRATE (0.208 %/hr/LSB, signed)
    /// are encoded from them on every read, VERSION reads 0012h, CONFIG resets to 971Ch, and a MODE write with
    /// Quick-Start (bit 14) is counted and self-clears. Writes to read-only registers are ignored.
    /// </summary>
    public sealed class SimulatedMax17048 : ISimulatedI2cDevice
    {
        private readonly byte[] map = new byte[256];
        private int pointer;

        public SimulatedMax17048()
        {
            Put(0x08, 0x0012);
            Put(0x0C, 0x971C);
            Put(0x18, 0x9600);
        }

        public int CellMicrovolts { get; set; }

        public int StateOfChargeMillipercent { get; set; }

        public int ChargeRateMillipercentPerHour { get; set; }

        public int QuickStarts { get; private set; }

        public int Config => (map[0x0C] << 8) | map[0x0D];

        public I2cStatus Write(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            if (count == 0)
            {
                return I2cStatus.Ok;
            }

            pointer = buffer[offset];
            for (int i = 1; i < count; i++)
            {
                int at = (pointer + i - 1) & 0xFF;
                if (!IsReadOnly(at))
                {
                    map[at] = buffer[offset + i];
                }
            }

            if ((map[0x06] & 0x40) != 0)
            {
                QuickStarts++;
                map[0x06] &= 0xBF;
            }

            return I2cStatus.Ok;
        }

        public I2cStatus Read(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            Put(0x02, (int)Math.Clamp((long)CellMicrovolts * 8 / 625, 0, 0xFFFF));
            Put(0x04, Math.Clamp(StateOfChargeMillipercent * 32 / 125, 0, 0xFFFF));
            Put(0x16, Math.Clamp(ChargeRateMillipercentPerHour / 208, short.MinValue, short.MaxValue) & 0xFFFF);
            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = map[(pointer + i) & 0xFF];
            }

            return I2cStatus.Ok;
        }

        private static bool IsReadOnly(int at) => at is 0x02 or 0x03 or 0x04 or 0x05 or 0x08 or 0x09 or 0x16 or 0x17;

        private void Put(int register, int value)
        {
            map[register] = (byte)(value >> 8);
            map[register + 1] = (byte)value;
        }
    }
}
