using System;
using System.Collections.Generic;
using Callhome.AgentCore.Console;
using Callhome.AgentCore.Console.Status;
using Callhome.AgentCore.Model;
using Callhome.AgentCore.Model.Pdu;
using Callhome.AgentCore.Model.Printer;
using Callhome.AgentCore.Model.Ups;
using Callhome.Boards.Emulator;
using Callhome.Boards.Emulator.Physics;
using Callhome.Boards.Emulator.Scenario;
using Callhome.Hal;
using Callhome.Hal.Drivers.Ina219;
using Callhome.Hal.Drivers.Max17048;
using Callhome.Hal.Drivers.Mcp23017;
using Callhome.Hal.Drivers.PrinterEngine;

namespace Callhome.Firmware.Native.Emulation
{
    /// <summary>
    /// One emulated device: its board (simulated chips), the physics that move the chips over emulated time,
    /// and the device model's controller with the real hal drivers on the board's simulated I2C bus. Every
    /// access goes through <see cref="Sync"/>, shared with the emulation loop, the console and the control socket.
    /// </summary>
    public sealed class EmulatedDevice : IDeviceStatus, IModelListener
    {
        private readonly Action<string> log;
        private readonly UpsController? ups;
        private readonly PduController? pdu;
        private readonly PrinterController? printer;
        private ScenarioRunner? runner;

        public EmulatedDevice(string kind, string stateDirectory, object sync, Action<string> log)
        {
            ArgumentNullException.ThrowIfNull(sync);
            ArgumentNullException.ThrowIfNull(log);
            Kind = kind;
            Sync = sync;
            this.log = log;
            Board = new EmulatedBoard(kind, stateDirectory);
            Target = ScenarioTarget.ForBoard(Board);
            switch (kind)
            {
                case "ups":
                    ups = CreateUps();
                    ups.Model.Listeners.Add(this);
                    break;
                case "pdu":
                    pdu = CreatePdu();
                    pdu.Model.Listeners.Add(this);
                    break;
                case "printer":
                    printer = new PrinterController(new PrinterEngineLink(Board.I2cBus, EmulatedBoardProfile.PrinterEngineAddress), 250);
                    printer.Model.Listeners.Add(this);
                    break;
                default:
                    throw new ArgumentException("unknown device '" + kind + "' (ups, pdu or printer)");
            }
        }

        public string Kind { get; }

        public object Sync { get; }

        public EmulatedBoard Board { get; }

        public ScenarioTarget Target { get; }

        /// <summary>Emulated time since power-up: the controllers' monotonic clock.</summary>
        public VirtualClock Clock { get; } = new VirtualClock();

        public int EventsApplied { get; private set; }

        /// <summary>The events of a scenario this board can take: those naming it, and unnamed ones it has the
        /// hardware for. Throws <see cref="ScenarioFormatException"/> for an event naming it that it cannot take.</summary>
        public void Play(IReadOnlyList<ScenarioEvent> events, int pollMilliseconds)
        {
            var mine = new List<ScenarioEvent>();
            foreach (ScenarioEvent e in events)
            {
                if (e.Device == Kind || (e.Device.Length == 0 && Target.CanTake(e)))
                {
                    mine.Add(e);
                }
            }

            runner = new ScenarioRunner(mine, Target, Clock) { StepMilliseconds = pollMilliseconds };
        }

        /// <summary>Moves emulated time to <paramref name="milliseconds"/>, applying due events and polling after each step.</summary>
        public void AdvanceTo(long milliseconds)
        {
            runner ??= new ScenarioRunner(Array.Empty<ScenarioEvent>(), Target, Clock) { StepMilliseconds = 1000 };
            int before = runner.EventsApplied;
            runner.RunUntil(milliseconds, Poll);
            EventsApplied += runner.EventsApplied - before;
        }

        /// <summary>Applies an injected event now (control interface). Caller holds <see cref="Sync"/>.</summary>
        public void Apply(ScenarioEvent e)
        {
            Target.Apply(e);
            EventsApplied++;
        }

        public void Poll()
        {
            ups?.Poll();
            pdu?.Poll();
            printer?.Poll();
        }

        public void WriteStatus(StatusLines lines)
        {
            lock (Sync)
            {
                WriteStatusUnlocked(lines);
            }
        }

        public void WriteStatusUnlocked(StatusLines lines)
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

        public void OnModelEvent(object source, ModelEvent change, int index)
        {
            log("[" + Kind + " " + Elapsed(Clock.ElapsedMilliseconds) + "] event " + change + (index >= 0 ? " " + index : string.Empty));
        }

        public static string Elapsed(long milliseconds)
        {
            long seconds = milliseconds / 1000;
            return (seconds / 3600).ToString("00", System.Globalization.CultureInfo.InvariantCulture) + ":"
                + (seconds / 60 % 60).ToString("00", System.Globalization.CultureInfo.InvariantCulture) + ":"
                + (seconds % 60).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        }

        private UpsController CreateUps()
        {
            UpsPhysics physics = Target.Ups!;
            int configuration = Ina219Configuration.Encode(Ina219Configuration.BusRange32V, Ina219Configuration.Gain320mV,
                Ina219Configuration.Adc12Bit, Ina219Configuration.Adc12Bit, Ina219Configuration.ModeShuntAndBusContinuous);
            return new UpsController(new Ina219PowerMonitor(Board.I2cBus, EmulatedBoardProfile.PowerMonitorAddress, 100, UpsPhysics.ShuntMicroohms),
                configuration, new Max17048FuelGauge(Board.I2cBus, EmulatedBoardProfile.FuelGaugeAddress),
                physics.MainsSense, physics.OutputCurrent, physics.Temperature, Clock, new UpsRating());
        }

        private PduController CreatePdu()
        {
            IAdcChannel[] currents = Array.ConvertAll(Target.Pdu!.CurrentChannels, c => (IAdcChannel)c);
            var controller = new PduController(new Mcp23017RelayBank(Board.I2cBus, EmulatedBoardProfile.RelayExpanderAddress, false),
                currents, Clock, new PduRating());

            // A PDU powers its outlets at start-up (outlet power-on state "on"), so what is plugged in runs.
            for (int n = 1; n <= controller.Model.OutletCount; n++)
            {
                controller.SwitchOn(n, 0);
            }

            return controller;
        }
    }
}
