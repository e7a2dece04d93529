using System;

namespace Callhome.Hal.Drivers.Ina219
{
    /// <summary>
    /// TI INA219 current/power monitor (data sheet SBOS448G). Registers used: Configuration 00h, Shunt
    /// Voltage 01h (signed, LSB 10 µV), Bus Voltage 02h (bits 15–3, LSB 4 mV; CNVR bit 1, OVF bit 0),
    /// Power 03h (LSB 20 × Current_LSB), Current 04h (signed, LSB Current_LSB), Calibration 05h
    /// (§8.5.1 equation 1: Cal = trunc(0.04096 / (Current_LSB × R_SHUNT))).
    /// Every read is a TryGet: a NACK, an unprogrammed calibration or the OVF flag yields false, so the
    /// UPS model reports a sensor fault instead of a wrong number.
    /// </summary>
    public sealed class Ina219PowerMonitor
    {
        public const int DefaultAddress = 0x40;

        // 0.04096 expressed for Current_LSB in µA and R_SHUNT in µΩ: 0.04096 / (1e-6 × 1e-6).
        private const long CalibrationScale = 40960000000L;
        private const int OverflowBit = 0x0001;

        private readonly RegisterPort port;
        private readonly int currentLsbMicroamps;
        private bool calibrated;

        /// <param name="currentLsbMicroamps">Current_LSB chosen per §8.5.1 (e.g. 100 µA for 2 A full scale).</param>
        public Ina219PowerMonitor(II2cBus bus, int address, int currentLsbMicroamps, int shuntMicroohms)
        {
            if (currentLsbMicroamps < 1 || currentLsbMicroamps > 65535)
            {
                throw new ArgumentOutOfRangeException(nameof(currentLsbMicroamps));
            }

            port = new RegisterPort(bus, address);
            this.currentLsbMicroamps = currentLsbMicroamps;
            Calibration = CalibrationFor(currentLsbMicroamps, shuntMicroohms);
        }

        public int Calibration { get; }

        public int CurrentLsbMicroamps => currentLsbMicroamps;

        /// <summary>Power_LSB = 20 × Current_LSB (§8.5.1 equation 3).</summary>
        public int PowerLsbMicrowatts => 20 * currentLsbMicroamps;

        /// <summary>§8.5.1 equation 2: the smallest Current_LSB that still reaches the expected maximum current.</summary>
        public static int MinimumCurrentLsbMicroamps(int maxExpectedMilliamps)
        {
            return (int)(((long)maxExpectedMilliamps * 1000 + 32766) / 32767);
        }

        /// <summary>§8.5.1 equation 1. Bit 0 of the register is unused, so the value is kept even.</summary>
        public static int CalibrationFor(int currentLsbMicroamps, int shuntMicroohms)
        {
            if (currentLsbMicroamps < 1 || shuntMicroohms < 1)
            {
                throw new ArgumentOutOfRangeException(shuntMicroohms < 1 ? nameof(shuntMicroohms) : nameof(currentLsbMicroamps));
            }

            long cal = CalibrationScale / ((long)currentLsbMicroamps * shuntMicroohms);
            if (cal < 2 || cal > 0xFFFE)
            {
                throw new ArgumentOutOfRangeException(nameof(currentLsbMicroamps), "calibration " + cal.ToString() + " does not fit the register");
            }

            return (int)cal & 0xFFFE;
        }

        /// <summary>Writes the configuration word (see <see cref="Ina219Configuration"/>) then the calibration.</summary>
        public bool TryInitialize(int configuration)
        {
            calibrated = false;
            if (!port.TryWriteUInt16((byte)Register.Configuration, configuration)
                || !port.TryWriteUInt16((byte)Register.Calibration, Calibration))
            {
                return false;
            }

            calibrated = true;
            return true;
        }

        public bool TryReadShuntMicrovolts(out int microvolts)
        {
            microvolts = 0;
            if (!port.TryReadInt16((byte)Register.ShuntVoltage, out int raw))
            {
                return false;
            }

            microvolts = raw * 10;
            return true;
        }

        public bool TryReadBusMillivolts(out int millivolts)
        {
            millivolts = 0;
            if (!port.TryReadUInt16((byte)Register.BusVoltage, out int raw))
            {
                return false;
            }

            millivolts = (raw >> 3) * 4;
            return true;
        }

        public bool TryReadCurrentMicroamps(out int microamps)
        {
            microamps = 0;
            if (!MathIsValid() || !port.TryReadInt16((byte)Register.Current, out int raw))
            {
                return false;
            }

            microamps = raw * currentLsbMicroamps;
            return true;
        }

        public bool TryReadPowerMicrowatts(out long microwatts)
        {
            microwatts = 0;
            if (!MathIsValid() || !port.TryReadUInt16((byte)Register.Power, out int raw))
            {
                return false;
            }

            microwatts = (long)raw * PowerLsbMicrowatts;
            return true;
        }

        // Current and Power are zero until calibrated (§8.5.3) and meaningless when OVF is set (§8.6.3.2).
        private bool MathIsValid()
        {
            return calibrated
                && port.TryReadUInt16((byte)Register.BusVoltage, out int bus)
                && (bus & OverflowBit) == 0;
        }
    }
}
