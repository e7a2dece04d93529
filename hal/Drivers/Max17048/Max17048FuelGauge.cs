namespace Callhome.Hal.Drivers.Max17048
{
    /// <summary>
    /// MAX17048 single-cell fuel gauge (ModelGauge; data sheet 19-6171). Registers used: VCELL 02h
    /// (78.125 µV/LSB per cell), SOC 04h (1/256 % per LSB), MODE 06h (Quick-Start bit 14), VERSION 08h
    /// (001xh for the MAX17048/9), CONFIG 0Ch (RCOMP high byte; ATHD bits 4–0, alert at 32 − ATHD %),
    /// CRATE 16h (signed, 0.208 %/hr per LSB). All 16-bit, MSB first; results are integers.
    /// </summary>
    public sealed class Max17048FuelGauge
    {
        public const int DefaultAddress = 0x36;
        public const int ConfigPowerOnReset = 0x971C;
        public const int QuickStart = 0x4000;

        // A lithium cell never reads above ~4.4 V; 5 V on VCELL means a wrong chip or a corrupted read.
        public const int MaxPlausibleCellMicrovolts = 5000000;

        private readonly RegisterPort port;

        public Max17048FuelGauge(II2cBus bus, int address)
        {
            port = new RegisterPort(bus, address);
        }

        /// <summary>Confirms a MAX17048/9 answers: VERSION must read 001xh.</summary>
        public bool TryInitialize()
        {
            return TryReadVersion(out int version) && (version & 0xFFF0) == 0x0010;
        }

        public bool TryReadVersion(out int version)
        {
            return port.TryReadUInt16((byte)Register.Version, out version);
        }

        /// <summary>VCELL × 78.125 µV = VCELL × 625 / 8.</summary>
        public bool TryReadCellMicrovolts(out int microvolts)
        {
            microvolts = 0;
            if (!port.TryReadUInt16((byte)Register.VCell, out int raw))
            {
                return false;
            }

            int value = (int)((long)raw * 625 / 8);
            if (value > MaxPlausibleCellMicrovolts)
            {
                return false;
            }

            microvolts = value;
            return true;
        }

        /// <summary>SOC in thousandths of a percent: SOC / 256 % = SOC × 125 / 32 m%.</summary>
        public bool TryReadStateOfChargeMillipercent(out int millipercent)
        {
            millipercent = 0;
            if (!port.TryReadUInt16((byte)Register.Soc, out int raw))
            {
                return false;
            }

            millipercent = raw * 125 / 32;
            return true;
        }

        /// <summary>CRATE in thousandths of a percent per hour: signed CRATE × 208; negative = discharging.</summary>
        public bool TryReadChargeRateMillipercentPerHour(out int rate)
        {
            rate = 0;
            if (!port.TryReadInt16((byte)Register.Crate, out int raw))
            {
                return false;
            }

            rate = raw * 208;
            return true;
        }

        /// <summary>Restarts the fuel-gauge calculation (MODE.Quick-Start), as after a battery swap.</summary>
        public bool TryQuickStart()
        {
            return port.TryWriteUInt16((byte)Register.Mode, QuickStart);
        }

        /// <summary>Sets the empty-alert threshold (CONFIG.ATHD = 32 − percent), keeping RCOMP and SLEEP.
        /// Clears ALRT (bit 5) as a side effect, which is how an alert is acknowledged.</summary>
        public bool TrySetEmptyAlertPercent(int percent)
        {
            if (percent < 1 || percent > 32)
            {
                throw new System.ArgumentOutOfRangeException(nameof(percent));
            }

            if (!port.TryReadUInt16((byte)Register.Config, out int config))
            {
                return false;
            }

            return port.TryWriteUInt16((byte)Register.Config, (config & 0xFFC0) | (32 - percent));
        }
    }
}
