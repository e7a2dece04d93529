using System;
using System.Collections.Generic;
using Callhome.AgentCore.Console;
using Callhome.AgentCore.Model;
using Callhome.Boards.Emulator;
using Callhome.Boards.Emulator.Physics;
using Callhome.Boards.Emulator.Scenario;
using Callhome.Firmware.Native.Devices;
using Callhome.Hal;

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
        private readonly DeviceModel model;
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
            model = kind switch
            {
                "ups" => DeviceModel.Ups(Board.I2cBus, new IAdcChannel[] { Target.Ups!.MainsSense, Target.Ups.OutputCurrent, Target.Ups.Temperature }, Clock),
                "pdu" => DeviceModel.Pdu(Board.I2cBus, Array.ConvertAll(Target.Pdu!.CurrentChannels, c => (IAdcChannel)c), Clock),
                "printer" => DeviceModel.Printer(Board.I2cBus),
                _ => throw new ArgumentException("unknown device '" + kind + "' (ups, pdu or printer)"),
            };
            model.AddListener(this);
        }

        public string Kind { get; }

        public object Sync { get; }

        public EmulatedBoard Board { get; }

        public ScenarioTarget Target { get; }

        /// <summary>Emulated time since power-up: the controllers' monotonic clock.</summary>
        public VirtualClock Clock { get; } = new VirtualClock();

        public int EventsApplied { get; private set; }

        public DeviceModel Model => model;

        /// <summary>Run by the poll loop after each pass, outside <see cref="Sync"/> (the NETCONF notifications
        /// of the pass go out here, so no session is written to while the model is locked).</summary>
        public Action? Polled { get; set; }

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

        public void Poll() => model.Poll();

        public void WriteStatus(StatusLines lines)
        {
            lock (Sync)
            {
                WriteStatusUnlocked(lines);
            }
        }

        public void WriteStatusUnlocked(StatusLines lines) => model.WriteStatus(lines);

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
    }
}
