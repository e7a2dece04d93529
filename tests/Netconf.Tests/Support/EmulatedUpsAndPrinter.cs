using Callhome.AgentCore.Model.Printer;
using Callhome.AgentCore.Model.Ups;
using Callhome.AgentCore.Netconf;
using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Device;
using Callhome.AgentCore.Netconf.Operations;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Session;
using Callhome.Boards.Emulator;
using Callhome.Boards.Emulator.Chips;
using Callhome.Boards.Emulator.Physics;
using Callhome.Hal;
using Callhome.Hal.Drivers.Ina219;
using Callhome.Hal.Drivers.Max17048;
using Callhome.Hal.Drivers.PrinterEngine;
using Callhome.TestSupport;

namespace Callhome.Netconf.Tests.Support
{
    /// <summary>A UPS and a printer on simulated chips (the reference wiring's addresses), served together by
    /// one NETCONF server with their RPCs.</summary>
    internal sealed class EmulatedUpsAndPrinter
    {
        public EmulatedUpsAndPrinter()
        {
            var clock = new TestClock();
            Bus.Attach(0x40, PowerMonitor);
            Bus.Attach(0x36, FuelGauge);
            Bus.Attach(0x5C, Engine);
            int configuration = Ina219Configuration.Encode(Ina219Configuration.BusRange32V, Ina219Configuration.Gain320mV,
                Ina219Configuration.Adc12Bit, Ina219Configuration.Adc12Bit, Ina219Configuration.ModeShuntAndBusContinuous);
            Ups = new UpsController(new Ina219PowerMonitor(Bus, 0x40, 100, 100000), configuration, new Max17048FuelGauge(Bus, 0x36),
                Mains, OutputCurrent, Temperature, clock, new UpsRating());
            Printer = new PrinterController(new PrinterEngineLink(Bus, 0x5C), 250);
            var data = new DeviceData();
            var ups = new UpsPart(Ups);
            var printer = new PrinterPart(Printer);
            data.Add(ups);
            data.Add(printer);
            var handlers = new RpcHandlers();
            BaseOperations.Register(handlers, data, new RunningDatastore(data.Schema, data));
            handlers.Register(DeviceModules.Ups, "start-self-test", ups);
            handlers.Register(DeviceModules.Printer, "clear-alerts", printer);
            Server = new NetconfServer(handlers, new[] { DeviceModules.Capability(DeviceModules.Ups), DeviceModules.Capability(DeviceModules.Printer) },
                NetconfLimits.Default());
        }

        public SimulatedI2cBus Bus { get; } = new();

        public SimulatedIna219 PowerMonitor { get; } = new();

        public SimulatedMax17048 FuelGauge { get; } = new();

        public SimulatedPrinterEngine Engine { get; } = new();

        public SimulatedAdcChannel Mains { get; } = new();

        public SimulatedAdcChannel OutputCurrent { get; } = new();

        public SimulatedAdcChannel Temperature { get; } = new();

        public UpsController Ups { get; }

        public PrinterController Printer { get; }

        public NetconfServer Server { get; }

        public void Poll()
        {
            Ups.Poll();
            Printer.Poll();
        }
    }
}
