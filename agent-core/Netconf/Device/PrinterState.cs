using Callhome.AgentCore.Model.Printer;
using Callhome.AgentCore.Netconf.Data;
using Callhome.Hal.Drivers.PrinterEngine;

namespace Callhome.AgentCore.Netconf.Device
{
    /// <summary>The callhome-printer container from the printer model (state only; RFC 3805 units).</summary>
    public static class PrinterState
    {
        private static readonly string[] Statuses = new string[] { "unknown", "idle", "printing", "warmup", "warning", "error" };
        private static readonly int[] AlertBits = new int[]
        {
            PrinterAlerts.PaperJam, PrinterAlerts.DoorOpen, PrinterAlerts.PaperOut, PrinterAlerts.TonerLow, PrinterAlerts.TonerEmpty,
            PrinterAlerts.FuserFault,
        };

        private static readonly string[] AlertNames = new string[] { "paper-jam", "door-open", "paper-out", "toner-low", "toner-empty", "fuser-fault" };

        public static DataNode Build(PrinterModel model)
        {
            DataNode printer = new DataNode(DeviceModules.Printer, "printer", null, false);
            int status = (int)model.Status;
            printer.Leaf("status", status >= 0 && status < Statuses.Length ? Statuses[status] : "unknown", false);
            printer.Leaf("page-count", model.PageCount.ToString(), false);
            for (int i = 0; i < model.SupplyCount; i++)
            {
                PrinterSupply supply = model.Supply(i);
                DataNode entry = printer.Container("supply", false);
                entry.Leaf("colorant", supply.Colorant, false);
                entry.Leaf("level", supply.Level.ToString(), false);
                entry.Leaf("max-capacity", supply.MaxCapacity.ToString(), false);
            }

            for (int i = 0; i < model.TrayCount; i++)
            {
                PrinterTray tray = model.Tray(i);
                DataNode entry = printer.Container("tray", false);
                entry.Leaf("name", tray.Name, false);
                entry.Leaf("max-capacity", tray.MaxCapacitySheets.ToString(), false);
                entry.Leaf("level", tray.CurrentLevel.ToString(), false);
            }

            for (int i = 0; i < AlertBits.Length; i++)
            {
                if ((model.Alerts & AlertBits[i]) != 0)
                {
                    printer.Leaf("alert", AlertNames[i], false);
                }
            }

            return printer;
        }
    }
}
