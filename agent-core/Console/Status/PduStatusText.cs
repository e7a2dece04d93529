using Callhome.AgentCore.Model.Pdu;

namespace Callhome.AgentCore.Console.Status
{
    /// <summary>The PDU model as status lines: a summary, then one line per outlet.</summary>
    public static class PduStatusText
    {
        public static void Write(PduModel m, StatusLines lines)
        {
            int on = 0;
            string overcurrent = string.Empty;
            for (int n = 1; n <= m.OutletCount; n++)
            {
                PduOutlet outlet = m.Outlet(n);
                if (outlet.IsOn)
                {
                    on++;
                }

                if (outlet.Overcurrent)
                {
                    overcurrent = overcurrent.Length == 0 ? n.ToString() : overcurrent + "," + n.ToString();
                }
            }

            lines.Add("pdu: " + on.ToString() + " of " + m.OutletCount.ToString() + " outlets on, total " + m.TotalPowerWatts.ToString()
                + " W, overcurrent " + (overcurrent.Length == 0 ? "none" : "on outlet " + overcurrent)
                + (m.RelaySensorFault ? ", relay expander FAULT" : string.Empty));
            for (int n = 1; n <= m.OutletCount; n++)
            {
                PduOutlet o = m.Outlet(n);
                lines.Add("  outlet " + n.ToString() + " (" + o.Name + "): " + (o.IsOn ? "on" : "off") + ", "
                    + StatusLines.Tenths(o.CurrentDeciamps) + " A, " + o.PowerWatts.ToString() + " W"
                    + (o.Overcurrent ? ", OVERCURRENT (limit " + StatusLines.Tenths(o.OvercurrentDeciamps) + " A)" : string.Empty)
                    + (o.PendingAction != OutletAction.None ? ", switch pending" : string.Empty)
                    + (o.SensorFault ? ", sensor fault" : string.Empty));
            }
        }
    }
}
