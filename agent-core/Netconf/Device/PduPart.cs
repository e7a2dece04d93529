using Callhome.AgentCore.Model.Pdu;
using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Schema;

namespace Callhome.AgentCore.Netconf.Device
{
    /// <summary>callhome-pdu: outlets with their names and overcurrent thresholds (configuration, applied
    /// through the controller's own validation, as SNMP sets are) and readings (state). The schema names the
    /// state leaves too, so an edit of one is told it is state, not that it is unknown.</summary>
    public sealed class PduPart : IDevicePart
    {
        private static readonly string[] OutletKey = new string[] { "id" };
        private static readonly string[] Pending = new string[] { "none", "on", "off", "cycle" };
        private static readonly string[] OnOff = new string[] { "on", "off" };
        private readonly PduController controller;
        private readonly SchemaNode schema;

        public PduPart(PduController controller)
        {
            this.controller = controller;
            string ns = DeviceModules.Pdu;
            schema = SchemaNode.Container(ns, "pdu", true)
                .Add(SchemaNode.List(ns, "outlet", OutletKey, controller.Model.OutletCount, true)
                    .Add(SchemaNode.Leaf(ns, "id", new IntegerType(1, 24), true))
                    .Add(SchemaNode.Leaf(ns, "name", new StringType(1, 32), true))
                    .Add(SchemaNode.Leaf(ns, "overcurrent-threshold", new DecimalType(1, 1000), true))
                    .Add(SchemaNode.Leaf(ns, "state", new EnumerationType(OnOff), false))
                    .Add(SchemaNode.Leaf(ns, "pending", new EnumerationType(Pending), false))
                    .Add(SchemaNode.Leaf(ns, "current", new DecimalType(0, long.MaxValue), false))
                    .Add(SchemaNode.Leaf(ns, "power", new IntegerType(0, uint.MaxValue), false))
                    .Add(SchemaNode.Leaf(ns, "overcurrent", new BooleanType(), false)))
                .Add(SchemaNode.Leaf(ns, "total-power", new IntegerType(0, uint.MaxValue), false));
        }

        public SchemaNode? ConfigSchema
        {
            get { return schema; }
        }

        public DataNode Read()
        {
            PduModel model = controller.Model;
            DataNode pdu = new DataNode(DeviceModules.Pdu, "pdu", null, true);
            for (int number = 1; number <= model.OutletCount; number++)
            {
                PduOutlet outlet = model.Outlet(number);
                DataNode entry = pdu.Container("outlet", true);
                entry.Leaf("id", number.ToString(), true);
                entry.Leaf("name", outlet.Name, true);
                entry.Leaf("overcurrent-threshold", DecimalType.Format(outlet.OvercurrentDeciamps), true);
                entry.Leaf("state", outlet.IsOn ? "on" : "off", false);
                entry.Leaf("pending", Pending[(int)outlet.PendingAction], false);
                entry.Leaf("current", DecimalType.Format(outlet.CurrentDeciamps), false);
                entry.Leaf("power", outlet.PowerWatts.ToString(), false);
                entry.Leaf("overcurrent", outlet.Overcurrent ? "true" : "false", false);
            }

            pdu.Leaf("total-power", model.TotalPowerWatts.ToString(), false);
            return pdu;
        }

        public ConfigNode? ReadConfig()
        {
            PduModel model = controller.Model;
            ConfigNode pdu = new ConfigNode(DeviceModules.Pdu, "pdu", null);
            for (int number = 1; number <= model.OutletCount; number++)
            {
                PduOutlet outlet = model.Outlet(number);
                ConfigNode entry = new ConfigNode(DeviceModules.Pdu, "outlet", null);
                entry.Add(new ConfigNode(DeviceModules.Pdu, "id", number.ToString()));
                entry.Add(new ConfigNode(DeviceModules.Pdu, "name", outlet.Name));
                entry.Add(new ConfigNode(DeviceModules.Pdu, "overcurrent-threshold", DecimalType.Format(outlet.OvercurrentDeciamps)));
                pdu.Add(entry);
            }

            return pdu;
        }

        // The outlets are hardware: each one is always there and always has a name and a threshold.
        public RpcError? Check(ConfigNode? candidate)
        {
            int count = controller.Model.OutletCount;
            if (candidate == null || candidate.ChildCount != count)
            {
                return Refuse("the PDU has " + count + " outlets; they cannot be created or deleted", string.Empty);
            }

            for (int i = 0; i < candidate.ChildCount; i++)
            {
                ConfigNode entry = candidate.Child(i);
                int number = int.Parse(entry.LeafValue("id")!);
                if (!controller.Model.IsValidOutlet(number))
                {
                    return Refuse("there is no outlet " + number, "id");
                }

                if (entry.LeafValue("name") == null || entry.LeafValue("overcurrent-threshold") == null)
                {
                    return Refuse("outlet " + number + " needs a name and an overcurrent-threshold", "outlet");
                }
            }

            return null;
        }

        public void Apply(ConfigNode? candidate)
        {
            for (int i = 0; candidate != null && i < candidate.ChildCount; i++)
            {
                ConfigNode entry = candidate.Child(i);
                int number = int.Parse(entry.LeafValue("id")!);
                controller.SetName(number, entry.LeafValue("name")!);
                if (DecimalType.TryParse(entry.LeafValue("overcurrent-threshold")!, out long deciamps))
                {
                    controller.SetOvercurrentThreshold(number, (int)deciamps);
                }
            }
        }

        private static RpcError Refuse(string message, string element)
        {
            RpcError error = new RpcError(RpcErrorType.Application, RpcErrorTags.OperationFailed, message);
            error.BadElement = element;
            return error;
        }
    }
}
