using System;
using Callhome.AgentCore.Console;
using Callhome.AgentCore.Console.Status;
using Callhome.AgentCore.Model;
using Callhome.AgentCore.Model.Pdu;
using Callhome.AgentCore.Model.Printer;
using Callhome.AgentCore.Model.Ups;
using Callhome.AgentCore.Netconf.Device;
using Callhome.Hal;
using Callhome.Hal.Drivers.Ina219;
using Callhome.Hal.Drivers.Max17048;
using Callhome.Hal.Drivers.Mcp23017;
using Callhome.Hal.Drivers.PrinterEngine;

namespace Callhome.Firmware.Native.Devices
{
    /// <summary>
    /// One device model with its controller over the real hal drivers on a board's I2C bus and ADC inputs, the
    /// same on every board: the emulator's simulated chips or a Linux board's /dev/i2c-N. Chip addresses are
    /// the reference wiring's (boards/*/README.md).
    /// </summary>
    public sealed class DeviceModel
    {
        public const int PowerMonitorAddress = 0x40;
        public const int FuelGaugeAddress = 0x36;
        public const int RelayExpanderAddress = 0x20;
        public const int PrinterEngineAddress = 0x5C;
        public const int ShuntMicroohms = 100000;
        public const int TraySheets = 250;

        private readonly UpsController? ups;
        private readonly PduController? pdu;
        private readonly PrinterController? printer;

        private DeviceModel(string kind, UpsController? ups, PduController? pdu, PrinterController? printer)
        {
            Kind = kind;
            this.ups = ups;
            this.pdu = pdu;
            this.printer = printer;
        }

        public string Kind { get; }

        /// <param name="adc">mains sense, output current, temperature.</param>
        public static DeviceModel Ups(II2cBus bus, IAdcChannel[] adc, IMonotonicClock clock)
        {
            ArgumentNullException.ThrowIfNull(adc);
            int configuration = Ina219Configuration.Encode(Ina219Configuration.BusRange32V, Ina219Configuration.Gain320mV,
                Ina219Configuration.Adc12Bit, Ina219Configuration.Adc12Bit, Ina219Configuration.ModeShuntAndBusContinuous);
            var controller = new UpsController(new Ina219PowerMonitor(bus, PowerMonitorAddress, 100, ShuntMicroohms), configuration,
                new Max17048FuelGauge(bus, FuelGaugeAddress), adc[0], adc[1], adc[2], clock, new UpsRating());
            return new DeviceModel("ups", controller, null, null);
        }

        /// <param name="currents">one current channel per outlet, outlet 1 first.</param>
        public static DeviceModel Pdu(II2cBus bus, IAdcChannel[] currents, IMonotonicClock clock)
        {
            var controller = new PduController(new Mcp23017RelayBank(bus, RelayExpanderAddress, false), currents, clock,
                new PduRating { OutletCount = currents.Length });

            // Outlet power-on state "on": what is plugged in runs from power-up.
            for (int n = 1; n <= controller.Model.OutletCount; n++)
            {
                controller.SwitchOn(n, 0);
            }

            return new DeviceModel("pdu", null, controller, null);
        }

        public static DeviceModel Printer(II2cBus bus)
        {
            return new DeviceModel("printer", null, null, new PrinterController(new PrinterEngineLink(bus, PrinterEngineAddress), TraySheets));
        }

        /// <summary>The device's NETCONF server over this model's controllers (agent-core/Netconf/Device).</summary>
        public NetconfDevice CreateNetconf(string name, string firmwareVersion, IMonotonicClock uptime, IRealTimeClock clock)
        {
            var netconf = new NetconfDevice(name, Kind, firmwareVersion, uptime, clock);
            if (ups != null)
            {
                netconf.AddUps(ups);
            }

            if (pdu != null)
            {
                netconf.AddPdu(pdu);
            }

            if (printer != null)
            {
                netconf.AddPrinter(printer);
            }

            return netconf;
        }

        public void AddListener(IModelListener listener)
        {
            ups?.Model.Listeners.Add(listener);
            pdu?.Model.Listeners.Add(listener);
            printer?.Model.Listeners.Add(listener);
        }

        public void Poll()
        {
            ups?.Poll();
            pdu?.Poll();
            printer?.Poll();
        }

        public void WriteStatus(StatusLines lines)
        {
            if (ups != null)
            {
                UpsStatusText.Write(ups.Model, lines);
            }
            else if (pdu != null)
            {
                PduStatusText.Write(pdu.Model, lines);
            }
            else
            {
                PrinterStatusText.Write(printer!.Model, lines);
            }
        }
    }
}
