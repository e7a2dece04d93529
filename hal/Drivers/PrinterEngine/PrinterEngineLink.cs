namespace Callhome.Hal.Drivers.PrinterEngine
{
    /// <summary>
    /// The agent's side of our printer-engine status link (README.md here). Registers used: ProtocolVersion
    /// 00h, the snapshot block EngineState 01h … PageCount 08h–0Bh read in one transaction, AlertClear 0Ch.
    /// A NACK, a protocol version other than 1, or a field out of its range reads as a fault (false).
    /// </summary>
    public sealed class PrinterEngineLink
    {
        public const int DefaultAddress = 0x5C;
        public const int ProtocolVersion = 1;

        // EngineState (1) + Alerts (2) + SupplyLevels (4) + PageCount (4).
        private const int SnapshotLength = 11;

        private readonly RegisterPort port;
        private readonly byte[] snapshot = new byte[SnapshotLength];
        private readonly byte[] clear = new byte[2];

        public PrinterEngineLink(II2cBus bus, int address)
        {
            port = new RegisterPort(bus, address);
        }

        public bool TryInitialize()
        {
            return port.TryReadByte((byte)Register.ProtocolVersion, out int version) && version == ProtocolVersion;
        }

        public bool TryReadStatus(PrinterEngineStatus status)
        {
            if (!port.TryRead((byte)Register.EngineState, snapshot, 0, SnapshotLength))
            {
                return false;
            }

            int state = snapshot[0];
            if (state > (int)EngineState.Sleeping)
            {
                return false;
            }

            for (int i = 0; i < PrinterEngineStatus.SupplyCount; i++)
            {
                int level = snapshot[3 + i];
                if (level > 100 && level != PrinterEngineStatus.SupplyAbsent)
                {
                    return false;
                }
            }

            status.State = (EngineState)state;
            status.Alerts = (snapshot[1] << 8) | snapshot[2];
            for (int i = 0; i < PrinterEngineStatus.SupplyCount; i++)
            {
                status.SetSupplyLevel(i, snapshot[3 + i]);
            }

            status.PageCount = ((long)snapshot[7] << 24) | ((long)snapshot[8] << 16) | ((long)snapshot[9] << 8) | snapshot[10];
            return true;
        }

        /// <summary>Acknowledges the given latched alerts (write-one-to-clear).</summary>
        public bool TryClearAlerts(int alerts)
        {
            clear[0] = (byte)(alerts >> 8);
            clear[1] = (byte)alerts;
            return port.TryWrite((byte)Register.AlertClear, clear, 0, 2);
        }
    }
}
