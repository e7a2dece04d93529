using Callhome.AgentCore.Netconf.Data;

namespace Callhome.Portable.Tests.Netconf
{
    /// <summary>A small device tree: config and state, a list with keys, two namespaces.</summary>
    internal sealed class SampleData : IDataProvider
    {
        public const string Pdu = "urn:example:pdu";
        public const string Sys = "urn:example:system";

        public DataNode Snapshot()
        {
            DataNode root = new DataNode(string.Empty, string.Empty, null, true);
            DataNode system = new DataNode(Sys, "system", null, true);
            root.Add(system);
            system.Leaf("name", "pdu-7", true);
            system.Leaf("uptime", "1234", false);
            DataNode pdu = new DataNode(Pdu, "pdu", null, true);
            root.Add(pdu);
            for (int i = 1; i <= 3; i++)
            {
                DataNode outlet = pdu.Container("outlet", true);
                outlet.Leaf("id", i.ToString(), true);
                outlet.Leaf("name", "outlet " + i, true);
                outlet.Leaf("state", i == 2 ? "off" : "on", false);
                outlet.Leaf("current", (i * 100).ToString(), false);
            }

            pdu.Leaf("total-power", "530", false);
            return root;
        }
    }
}
