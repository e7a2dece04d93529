using System;

namespace Callhome.AgentCore.Model.Printer
{
    /// <summary>The network printer as NETCONF and SNMP see it (Printer-MIB, RFC 3805 units).</summary>
    public sealed class PrinterModel
    {
        private static readonly string[] Colorants = { "black", "cyan", "magenta", "yellow" };
        private readonly PrinterSupply[] supplies = new PrinterSupply[Colorants.Length];
        private readonly PrinterTray tray;

        internal PrinterModel(int trayCapacitySheets)
        {
            for (int i = 0; i < supplies.Length; i++)
            {
                supplies[i] = new PrinterSupply(Colorants[i]);
            }

            tray = new PrinterTray("Tray 1", trayCapacitySheets);
        }

        public ModelListeners Listeners { get; } = new ModelListeners();

        public PrinterStatus Status { get; internal set; }

        /// <summary>Active alerts, bits of Callhome.Hal.Drivers.PrinterEngine.PrinterAlerts (hrPrinterDetectedErrorState
        /// maps jam, door open, paper out, toner low/empty from them).</summary>
        public int Alerts { get; internal set; }

        /// <summary>prtMarkerLifeCount: impressions since manufacture (prtMarkerCounterUnit impressions(7)).</summary>
        public long PageCount { get; internal set; }

        /// <summary>The engine link did not answer or answered nonsense at the last poll.</summary>
        public bool SensorFault { get; internal set; }

        public int SupplyCount => supplies.Length;

        public int TrayCount => tray == null ? 0 : 1;

        /// <param name="index">0 black, 1 cyan, 2 magenta, 3 yellow (prtMarkerSuppliesIndex − 1).</param>
        public PrinterSupply Supply(int index)
        {
            if (index < 0 || index >= supplies.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return supplies[index];
        }

        public PrinterTray Tray(int index)
        {
            if (index != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return tray;
        }
    }
}
