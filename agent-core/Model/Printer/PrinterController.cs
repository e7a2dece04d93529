using System;
using Callhome.Hal.Drivers.PrinterEngine;

namespace Callhome.AgentCore.Model.Printer
{
    /// <summary>Polls the print engine over our status link into a <see cref="PrinterModel"/>, and clears its
    /// latched alerts on request. A failed read sets <see cref="PrinterModel.SensorFault"/>, status Unknown.</summary>
    public sealed class PrinterController
    {
        private const int KnownAlerts = PrinterAlerts.PaperJam | PrinterAlerts.DoorOpen | PrinterAlerts.PaperOut
            | PrinterAlerts.TonerLow | PrinterAlerts.TonerEmpty | PrinterAlerts.FuserFault;

        private const int ErrorAlerts = PrinterAlerts.PaperJam | PrinterAlerts.DoorOpen | PrinterAlerts.PaperOut
            | PrinterAlerts.TonerEmpty | PrinterAlerts.FuserFault;

        private readonly PrinterEngineLink link;
        private readonly PrinterEngineStatus status = new PrinterEngineStatus();
        private bool linkReady;

        public PrinterController(PrinterEngineLink link, int trayCapacitySheets)
        {
            ArgumentNullException.ThrowIfNull(link);
            this.link = link;
            Model = new PrinterModel(trayCapacitySheets);
        }

        public PrinterModel Model { get; }

        /// <summary>Acknowledges latched alerts (PrinterAlerts bits). A condition that persists (a jam not yet
        /// removed) is latched again by the engine and shows at the next poll.</summary>
        public ModelResult ClearAlerts(int alerts)
        {
            if (alerts == 0 || (alerts & ~KnownAlerts) != 0)
            {
                return ModelResult.BadValue;
            }

            if ((alerts & Model.Alerts) == 0)
            {
                return ModelResult.NoSuchObject;
            }

            if (!link.TryClearAlerts(alerts))
            {
                return ModelResult.HardwareFault;
            }

            Model.Alerts &= ~alerts;
            Model.Status = StatusOf(status.State, Model.Alerts);
            Model.Listeners.Raise(Model, ModelEvent.PrinterAlertsCleared, -1);
            return ModelResult.Ok;
        }

        public void Poll()
        {
            if (!linkReady)
            {
                linkReady = link.TryInitialize();
            }

            if (!linkReady || !link.TryReadStatus(status))
            {
                linkReady = false;
                MarkFault();
                return;
            }

            if (Model.SensorFault)
            {
                Model.SensorFault = false;
                Model.Listeners.Raise(Model, ModelEvent.SensorRecovered, -1);
            }

            Model.PageCount = status.PageCount;
            int lowest = -1;
            for (int i = 0; i < Model.SupplyCount; i++)
            {
                PrinterSupply supply = Model.Supply(i);
                int level = status.SupplyLevel(i);
                supply.Present = level != PrinterEngineStatus.SupplyAbsent;
                supply.Level = supply.Present ? level : PrinterSupply.Unknown;
                supply.MaxCapacity = supply.Present ? 100 : PrinterSupply.Unknown;
                if (supply.Present && (lowest < 0 || level < Model.Supply(lowest).Level))
                {
                    lowest = i;
                }
            }

            int alerts = status.Alerts;
            Model.Tray(0).CurrentLevel = (alerts & PrinterAlerts.PaperOut) != 0 ? 0 : PrinterSupply.SomeRemaining;
            int raised = alerts & ~Model.Alerts;
            Model.Alerts = alerts;
            Model.Status = StatusOf(status.State, alerts);
            RaiseAlerts(raised, lowest);
        }

        private static PrinterStatus StatusOf(EngineState state, int alerts)
        {
            if (state == EngineState.Error || (alerts & ErrorAlerts) != 0)
            {
                return PrinterStatus.Error;
            }

            if ((alerts & PrinterAlerts.TonerLow) != 0)
            {
                return PrinterStatus.Warning;
            }

            return state == EngineState.Printing ? PrinterStatus.Printing
                : state == EngineState.WarmingUp ? PrinterStatus.WarmUp
                : PrinterStatus.Idle;
        }

        private void RaiseAlerts(int raised, int lowestSupply)
        {
            Raise(raised, PrinterAlerts.PaperJam, ModelEvent.PaperJam, -1);
            Raise(raised, PrinterAlerts.DoorOpen, ModelEvent.DoorOpen, -1);
            Raise(raised, PrinterAlerts.PaperOut, ModelEvent.PaperOut, 0);
            Raise(raised, PrinterAlerts.TonerLow, ModelEvent.TonerLow, lowestSupply);
            Raise(raised, PrinterAlerts.TonerEmpty, ModelEvent.TonerEmpty, lowestSupply);
            Raise(raised, PrinterAlerts.FuserFault, ModelEvent.FuserFault, -1);
        }

        private void Raise(int raised, int bit, ModelEvent change, int index)
        {
            if ((raised & bit) != 0)
            {
                Model.Listeners.Raise(Model, change, index);
            }
        }

        private void MarkFault()
        {
            Model.Status = PrinterStatus.Unknown;
            for (int i = 0; i < Model.SupplyCount; i++)
            {
                Model.Supply(i).Level = PrinterSupply.Unknown;
            }

            Model.Tray(0).CurrentLevel = PrinterSupply.Unknown;
            if (!Model.SensorFault)
            {
                Model.SensorFault = true;
                Model.Listeners.Raise(Model, ModelEvent.SensorFault, -1);
            }
        }
    }
}
