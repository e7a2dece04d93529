using Callhome.AgentCore.Model.Printer;
using Callhome.Hal.Drivers.PrinterEngine;

namespace Callhome.AgentCore.Console.Status
{
    /// <summary>The printer model as status lines (Printer-MIB levels: −2 unknown, −3 some remaining).</summary>
    public static class PrinterStatusText
    {
        public static void Write(PrinterModel m, StatusLines lines)
        {
            lines.Add("printer: " + Status(m.Status) + ", alerts " + Alerts(m.Alerts) + ", pages " + m.PageCount.ToString()
                + (m.SensorFault ? ", engine link FAULT" : string.Empty));
            string toner = "  toner:";
            for (int i = 0; i < m.SupplyCount; i++)
            {
                PrinterSupply s = m.Supply(i);
                toner += (i == 0 ? " " : ", ") + s.Colorant + " " + Level(s.Level) + (s.Level >= 0 ? " %" : string.Empty);
            }

            lines.Add(toner);
            PrinterTray tray = m.Tray(0);
            lines.Add("  " + tray.Name + ": " + (tray.CurrentLevel == 0 ? "empty" : tray.CurrentLevel == PrinterSupply.SomeRemaining ? "paper loaded" : Level(tray.CurrentLevel))
                + " (" + tray.MaxCapacitySheets.ToString() + " sheets max)");
        }

        public static string Status(PrinterStatus status)
        {
            switch (status)
            {
                case PrinterStatus.Idle:
                    return "idle";
                case PrinterStatus.Printing:
                    return "printing";
                case PrinterStatus.WarmUp:
                    return "warmup";
                case PrinterStatus.Warning:
                    return "warning";
                case PrinterStatus.Error:
                    return "error";
                default:
                    return "unknown";
            }
        }

        public static string Alerts(int alerts)
        {
            if (alerts == 0)
            {
                return "none";
            }

            string text = string.Empty;
            text = UpsStatusText.Flag(text, alerts, PrinterAlerts.PaperJam, "paper-jam");
            text = UpsStatusText.Flag(text, alerts, PrinterAlerts.DoorOpen, "door-open");
            text = UpsStatusText.Flag(text, alerts, PrinterAlerts.PaperOut, "paper-out");
            text = UpsStatusText.Flag(text, alerts, PrinterAlerts.TonerLow, "toner-low");
            text = UpsStatusText.Flag(text, alerts, PrinterAlerts.TonerEmpty, "toner-empty");
            return UpsStatusText.Flag(text, alerts, PrinterAlerts.FuserFault, "fuser-fault");
        }

        private static string Level(int level)
        {
            return level == PrinterSupply.Unknown ? "unknown" : level == PrinterSupply.SomeRemaining ? "some" : level.ToString();
        }
    }
}
