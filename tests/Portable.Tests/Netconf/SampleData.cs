using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Schema;

namespace Callhome.Portable.Tests.Netconf
{
    /// <summary>A small device: a system container and a PDU's outlet list (config leaves from the running
    /// datastore, state leaves made up per snapshot), in two namespaces.</summary>
    internal sealed class SampleData : IDataProvider, IConfigBackend
    {
        public const string Pdu = "urn:example:pdu";
        public const string Sys = "urn:example:system";

        private static readonly string[] OutletKeys = new string[] { "id" };
        private static readonly string[] OnOff = new string[] { "on", "off" };

        private ConfigNode config = InitialConfig();

        public SampleData()
        {
            Running = new RunningDatastore(Schema(), this);
        }

        public RunningDatastore Running { get; }

        /// <summary>When set, the next commit is refused with this error (a check beyond the schema).</summary>
        public RpcError? RefuseNext { get; set; }

        public int Commits { get; private set; }

        public static SchemaNode Schema()
        {
            SchemaNode root = SchemaNode.Root();
            root.Add(SchemaNode.Container(Sys, "system", true)
                .Add(SchemaNode.Leaf(Sys, "name", new StringType(1, 32), true))
                .Add(SchemaNode.Leaf(Sys, "contact", new StringType(0, 64), true))
                .Add(SchemaNode.Leaf(Sys, "uptime", new IntegerType(0, uint.MaxValue), false)));
            root.Add(SchemaNode.Container(Pdu, "pdu", true)
                .Add(SchemaNode.List(Pdu, "outlet", OutletKeys, 4, true)
                    .Add(SchemaNode.Leaf(Pdu, "id", new IntegerType(1, 8), true))
                    .Add(SchemaNode.Leaf(Pdu, "name", new StringType(0, 32), true))
                    .Add(SchemaNode.Leaf(Pdu, "enabled", new BooleanType(), true))
                    .Add(SchemaNode.Leaf(Pdu, "state", new EnumerationType(OnOff), false))
                    .Add(SchemaNode.Leaf(Pdu, "current", new IntegerType(0, 100000), false)))
                .Add(SchemaNode.Leaf(Pdu, "total-power", new IntegerType(0, 100000), false)));
            return root;
        }

        public DataNode Snapshot()
        {
            ConfigNode config = Running.Snapshot();
            DataNode root = new DataNode(string.Empty, string.Empty, null, true);
            ConfigNode? systemConfig = config.Find(Sys, "system");
            DataNode system = new DataNode(Sys, "system", null, true);
            root.Add(system);
            CopyLeaves(systemConfig, system);
            system.Leaf("uptime", "1234", false);
            DataNode pdu = new DataNode(Pdu, "pdu", null, true);
            root.Add(pdu);
            ConfigNode? pduConfig = config.Find(Pdu, "pdu");
            for (int i = 0; pduConfig != null && i < pduConfig.ChildCount; i++)
            {
                ConfigNode outletConfig = pduConfig.Child(i);
                DataNode outlet = pdu.Container("outlet", true);
                CopyLeaves(outletConfig, outlet);
                string id = outletConfig.LeafValue("id")!;
                outlet.Leaf("state", id == "2" ? "off" : "on", false);
                outlet.Leaf("current", (int.Parse(id) * 100).ToString(), false);
            }

            pdu.Leaf("total-power", "530", false);
            return root;
        }

        public ConfigNode Read()
        {
            return config.Clone();
        }

        public RpcError? Commit(ConfigNode candidate)
        {
            RpcError? refusal = RefuseNext;
            RefuseNext = null;
            if (refusal == null)
            {
                Commits++;
                config = candidate;
            }

            return refusal;
        }

        private static ConfigNode InitialConfig()
        {
            ConfigNode root = new ConfigNode(string.Empty, string.Empty, null);
            ConfigNode system = new ConfigNode(Sys, "system", null);
            root.Add(system);
            system.Add(new ConfigNode(Sys, "name", "pdu-7"));
            ConfigNode pdu = new ConfigNode(Pdu, "pdu", null);
            root.Add(pdu);
            for (int i = 1; i <= 3; i++)
            {
                ConfigNode outlet = new ConfigNode(Pdu, "outlet", null);
                outlet.Add(new ConfigNode(Pdu, "id", i.ToString()));
                outlet.Add(new ConfigNode(Pdu, "name", "outlet " + i));
                pdu.Add(outlet);
            }

            return root;
        }

        private static void CopyLeaves(ConfigNode? from, DataNode to)
        {
            for (int i = 0; from != null && i < from.ChildCount; i++)
            {
                ConfigNode leaf = from.Child(i);
                if (leaf.Value != null)
                {
                    to.Leaf(leaf.Name, leaf.Value, true);
                }
            }
        }
    }
}
