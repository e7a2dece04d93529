using System;
using Callhome.Hal;

namespace Callhome.Boards.Emulator.Chips
{
    /// <summary>
    /// INA219 model (TI SBOS448G §8.5–8.6): the analog inputs are properties; the six 16-bit registers are
    /// computed as the chip's ADC and math engine would: shunt in 10 µV steps clamped to the PGA range, bus
    /// in 4 mV steps with CNVR set, Current = Shunt × Cal / 4096, Power = Current × Bus / 5000, OVF when the
    /// math leaves 16 bits. Pointers above 05h are NACKed.
    /// </summary>
    public sealed class SimulatedIna219 : ISimulatedI2cDevice
    {
        private const int ConfigurationReset = 0x399F;
        private int pointer;
        private int configuration = ConfigurationReset;
        private int calibration;

        /// <summary>Voltage across the shunt, IN+ − IN−.</summary>
        public int ShuntMicrovolts { get; set; }

        /// <summary>Voltage at IN− to ground.</summary>
        public int BusMillivolts { get; set; }

        public int Configuration => configuration;

        public int Calibration => calibration;

        public I2cStatus Write(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            if (count == 0)
            {
                return I2cStatus.Ok;
            }

            if (buffer[offset] > 0x05)
            {
                return I2cStatus.Nack;
            }

            pointer = buffer[offset];
            if (count >= 3)
            {
                Store(pointer, (buffer[offset + 1] << 8) | buffer[offset + 2]);
            }

            return I2cStatus.Ok;
        }

        public I2cStatus Read(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            int value = Load(pointer);
            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = (byte)(i % 2 == 0 ? value >> 8 : value);
            }

            return I2cStatus.Ok;
        }

        private void Store(int register, int value)
        {
            if (register == 0x00)
            {
                if ((value & 0x8000) != 0)
                {
                    configuration = ConfigurationReset;
                    calibration = 0;
                }
                else
                {
                    configuration = value;
                }
            }
            else if (register == 0x05)
            {
                calibration = value & 0xFFFE;
            }

            // 01h–04h are read-only: the chip ignores writes to them.
        }

        private int Load(int register)
        {
            switch (register)
            {
                case 0x00:
                    return configuration;
                case 0x01:
                    return ShuntRegister() & 0xFFFF;
                case 0x02:
                    return (BusRegister() << 3) | 0x2 | (Overflow() ? 0x1 : 0x0);
                case 0x03:
                    return Overflow() ? 0 : (int)Power();
                case 0x04:
                    return Overflow() ? 0 : (int)Current() & 0xFFFF;
                default:
                    return calibration;
            }
        }

        private int ShuntRegister()
        {
            int limit = 40000 << ((configuration >> 11) & 0x3);
            int microvolts = Math.Clamp(ShuntMicrovolts, -limit, limit);
            return microvolts / 10;
        }

        private int BusRegister()
        {
            int fullScale = (configuration & 0x2000) != 0 ? 32000 : 16000;
            return Math.Clamp(BusMillivolts, 0, fullScale) / 4;
        }

        private long Current() => (long)ShuntRegister() * calibration / 4096;

        private long Power() => Math.Abs(Current()) * BusRegister() / 5000;

        private bool Overflow()
        {
            long current = Current();
            return current > short.MaxValue || current < short.MinValue || Power() > 0xFFFF;
        }
    }
}
