using System;
using Callhome.Boards.Emulator.Physics;

namespace Callhome.Boards.Emulator.Scenario
{
    /// <summary>What a scenario acts on: the board's bus (sensor faults) and the physics of its model.</summary>
    public sealed class ScenarioTarget
    {
        public ScenarioTarget(SimulatedI2cBus bus)
        {
            Bus = bus ?? throw new ArgumentNullException(nameof(bus));
        }

        public SimulatedI2cBus Bus { get; }

        public UpsPhysics? Ups { get; set; }

        public PduPhysics? Pdu { get; set; }

        public PrinterPhysics? Printer { get; set; }

        /// <summary>The physics for an emulated board's model: a UPS at 95 % charge, an 8-outlet PDU, a printer.</summary>
        public static ScenarioTarget ForBoard(EmulatedBoard board)
        {
            ArgumentNullException.ThrowIfNull(board);
            var target = new ScenarioTarget(board.I2cBus);
            if (board.PowerMonitor != null && board.FuelGauge != null)
            {
                target.Ups = new UpsPhysics(board.PowerMonitor, board.FuelGauge, 95);
            }

            if (board.RelayExpander != null)
            {
                target.Pdu = new PduPhysics(board.RelayExpander, 8);
            }

            if (board.PrinterEngine != null)
            {
                target.Printer = new PrinterPhysics(board.PrinterEngine);
            }

            return target;
        }

        public void Step(long milliseconds)
        {
            Ups?.Step(milliseconds);
            Pdu?.Step(milliseconds);
            Printer?.Step(milliseconds);
        }

        /// <summary>Whether this board has what <paramref name="e"/> acts on (its physics, or the chip it silences).
        /// Used to route an event that names no device to the boards of a fleet that can take it.</summary>
        public bool CanTake(ScenarioEvent e)
        {
            ArgumentNullException.ThrowIfNull(e);
            switch (e.Kind)
            {
                case ScenarioEventKind.MainsFail:
                case ScenarioEventKind.MainsRestore:
                case ScenarioEventKind.UpsLoad:
                case ScenarioEventKind.Ambient:
                    return Ups != null;
                case ScenarioEventKind.OutletLoad:
                    return Pdu != null && e.Number <= Pdu.OutletCount;
                case ScenarioEventKind.SensorStopAnswering:
                case ScenarioEventKind.SensorAnswer:
                    return Bus.IsAttached(AddressOf(e.Chip));
                default:
                    return Printer != null;
            }
        }

        /// <summary>Throws <see cref="ScenarioFormatException"/> (with the line) if the board cannot take the event.</summary>
        public void Check(ScenarioEvent e)
        {
            ArgumentNullException.ThrowIfNull(e);
            switch (e.Kind)
            {
                case ScenarioEventKind.MainsFail:
                case ScenarioEventKind.MainsRestore:
                case ScenarioEventKind.UpsLoad:
                case ScenarioEventKind.Ambient:
                    Require(Ups != null, e, "UPS");
                    break;
                case ScenarioEventKind.OutletLoad:
                    Require(Pdu != null, e, "PDU");
                    Require(e.Number <= Pdu!.OutletCount, e, "outlet " + e.Number);
                    break;
                case ScenarioEventKind.SensorStopAnswering:
                case ScenarioEventKind.SensorAnswer:
                    break;
                default:
                    Require(Printer != null, e, "printer");
                    break;
            }
        }

        public void Apply(ScenarioEvent e)
        {
            Check(e);
            switch (e.Kind)
            {
                case ScenarioEventKind.MainsFail:
                    Ups!.MainsPresent = false;
                    break;
                case ScenarioEventKind.MainsRestore:
                    Ups!.MainsPresent = true;
                    break;
                case ScenarioEventKind.UpsLoad:
                    Ups!.LoadWatts = e.Value;
                    break;
                case ScenarioEventKind.Ambient:
                    Ups!.AmbientDecicelsius = e.Value;
                    break;
                case ScenarioEventKind.OutletLoad:
                    Pdu!.SetLoad(e.Number, e.Value);
                    break;
                case ScenarioEventKind.PaperJam:
                    Printer!.Jam();
                    break;
                case ScenarioEventKind.PaperJamCleared:
                    Printer!.ClearJam();
                    break;
                case ScenarioEventKind.DoorOpen:
                    Printer!.OpenDoor();
                    break;
                case ScenarioEventKind.DoorClosed:
                    Printer!.CloseDoor();
                    break;
                case ScenarioEventKind.PaperOut:
                    Printer!.PaperOut();
                    break;
                case ScenarioEventKind.Print:
                    Printer!.Print(e.Number);
                    break;
                case ScenarioEventKind.TonerLevel:
                    Printer!.SetToner(e.Number, e.Value);
                    break;
                case ScenarioEventKind.SensorStopAnswering:
                    Bus.StopAnswering(AddressOf(e.Chip));
                    break;
                case ScenarioEventKind.SensorAnswer:
                    Bus.ResumeAnswering(AddressOf(e.Chip));
                    break;
                default:
                    throw new ScenarioFormatException(e.Line, "unhandled event " + e.Kind);
            }
        }

        private static int AddressOf(string chip) => chip switch
        {
            "ina219" => EmulatedBoardProfile.PowerMonitorAddress,
            "max17048" => EmulatedBoardProfile.FuelGaugeAddress,
            "mcp23017" => EmulatedBoardProfile.RelayExpanderAddress,
            _ => EmulatedBoardProfile.PrinterEngineAddress,
        };

        private static void Require(bool present, ScenarioEvent e, string what)
        {
            if (!present)
            {
                throw new ScenarioFormatException(e.Line, "this board has no " + what + " for " + e.Kind);
            }
        }
    }
}
