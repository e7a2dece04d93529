using System;
using Callhome.Boards.Emulator.Chips;

namespace Callhome.Boards.Emulator.Physics
{
    /// <summary>
    /// A small UPS over emulated time: a lithium pack of <see cref="CellsInSeries"/> cells feeding an inverter.
    /// On mains the charger pushes <see cref="ChargeMilliamps"/> until full; without mains the load drains the
    /// pack through the inverter's efficiency. The chips follow: INA219 shunt = battery current through a
    /// 0.1 Ω shunt (positive = charging) and bus = pack voltage; MAX17048 SOC, VCELL (linear 3.3–4.2 V) and
    /// CRATE; ADC channels for mains sense (1 mV per 0.1 V RMS), output current (1 mV per mA) and a TMP36
    /// (500 mV + 10 mV/°C) whose temperature drifts toward ambient plus the heat of the battery current.
    /// </summary>
    public sealed class UpsPhysics
    {
        public const int ShuntMicroohms = 100000;

        private readonly SimulatedIna219 monitor;
        private readonly SimulatedMax17048 gauge;
        private double chargeMilliampHours;
        private double temperatureDecicelsius;
        private double batteryMilliamps;

        public UpsPhysics(SimulatedIna219 monitor, SimulatedMax17048 gauge, int stateOfChargePercent)
        {
            this.monitor = monitor ?? throw new ArgumentNullException(nameof(monitor));
            this.gauge = gauge ?? throw new ArgumentNullException(nameof(gauge));
            chargeMilliampHours = CapacityMilliampHours * stateOfChargePercent / 100.0;
            temperatureDecicelsius = AmbientDecicelsius;
            Update(0);
        }

        public int CapacityMilliampHours { get; set; } = 2000;

        public int CellsInSeries { get; set; } = 3;

        public int ChargeMilliamps { get; set; } = 1000;

        public int InverterEfficiencyPercent { get; set; } = 90;

        public bool MainsPresent { get; set; } = true;

        public int MainsDecivolts { get; set; } = 2300;

        public int LoadWatts { get; set; } = 25;

        public int AmbientDecicelsius { get; set; } = 250;

        public SimulatedAdcChannel MainsSense { get; } = new SimulatedAdcChannel();

        public SimulatedAdcChannel OutputCurrent { get; } = new SimulatedAdcChannel();

        public SimulatedAdcChannel Temperature { get; } = new SimulatedAdcChannel();

        public double StateOfChargePercent => chargeMilliampHours * 100.0 / CapacityMilliampHours;

        public int BatteryMilliamps => (int)Math.Round(batteryMilliamps);

        public int TemperatureDecicelsius => (int)Math.Round(temperatureDecicelsius);

        public void Step(long milliseconds)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(milliseconds);
            Update(milliseconds);
        }

        private void Update(long milliseconds)
        {
            double hours = milliseconds / 3600000.0;
            double cellMillivolts = 3300 + (900 * StateOfChargePercent / 100);
            double packMillivolts = cellMillivolts * CellsInSeries;
            bool outputLive = MainsPresent || chargeMilliampHours > 0;
            if (MainsPresent)
            {
                batteryMilliamps = chargeMilliampHours < CapacityMilliampHours ? ChargeMilliamps : 0;
            }
            else
            {
                batteryMilliamps = chargeMilliampHours > 0 ? -LoadWatts * 1000000.0 / packMillivolts * 100 / InverterEfficiencyPercent : 0;
            }

            chargeMilliampHours = Math.Clamp(chargeMilliampHours + (batteryMilliamps * hours), 0, CapacityMilliampHours);

            // First-order drift toward ambient + 1 °C per amp through the battery, time constant ten minutes.
            double target = AmbientDecicelsius + (Math.Abs(batteryMilliamps) / 100.0);
            temperatureDecicelsius += (target - temperatureDecicelsius) * Math.Min(1.0, milliseconds / 600000.0);

            monitor.BusMillivolts = (int)packMillivolts;
            monitor.ShuntMicrovolts = (int)(batteryMilliamps * ShuntMicroohms / 1000);
            gauge.StateOfChargeMillipercent = (int)(StateOfChargePercent * 1000);
            gauge.CellMicrovolts = (int)(cellMillivolts * 1000);
            gauge.ChargeRateMillipercentPerHour = (int)(batteryMilliamps * 100000 / CapacityMilliampHours);
            MainsSense.Millivolts = MainsPresent ? MainsDecivolts : 0;
            OutputCurrent.Millivolts = outputLive ? LoadWatts * 1000 / 230 : 0;
            Temperature.Millivolts = 500 + TemperatureDecicelsius;
        }
    }
}
