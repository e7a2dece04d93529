using System;
using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Schema;
using Callhome.Hal;

namespace Callhome.AgentCore.Netconf.Device
{
    /// <summary>callhome-system: the device's name, contact and location (configuration) and what it is,
    /// how long it has run and whether its clock is set (state).</summary>
    public sealed class SystemPart : IDevicePart
    {
        private static readonly string[] Models = new string[] { "ups", "pdu", "printer" };
        private readonly SchemaNode schema;
        private readonly string model;
        private readonly string firmwareVersion;
        private readonly IMonotonicClock uptime;
        private readonly IRealTimeClock clock;

        public SystemPart(string name, string model, string firmwareVersion, IMonotonicClock uptime, IRealTimeClock clock)
        {
            Name = name;
            this.model = model;
            this.firmwareVersion = firmwareVersion;
            this.uptime = uptime;
            this.clock = clock;
            string ns = DeviceModules.System;
            schema = SchemaNode.Container(ns, "system", true)
                .Add(SchemaNode.Leaf(ns, "name", new StringType(1, 32), true))
                .Add(SchemaNode.Leaf(ns, "contact", new StringType(0, 64), true))
                .Add(SchemaNode.Leaf(ns, "location", new StringType(0, 64), true))
                .Add(SchemaNode.Leaf(ns, "model", new EnumerationType(Models), false))
                .Add(SchemaNode.Leaf(ns, "firmware-version", new StringType(0, 64), false))
                .Add(SchemaNode.Leaf(ns, "uptime", new IntegerType(0, uint.MaxValue), false))
                .Add(SchemaNode.Leaf(ns, "clock-synchronised", new BooleanType(), false));
        }

        public string Name { get; private set; }

        public string Contact { get; private set; } = string.Empty;

        public string Location { get; private set; } = string.Empty;

        public SchemaNode? ConfigSchema
        {
            get { return schema; }
        }

        public DataNode Read()
        {
            DataNode system = new DataNode(DeviceModules.System, "system", null, true);
            system.Leaf("name", Name, true);
            if (Contact.Length != 0)
            {
                system.Leaf("contact", Contact, true);
            }

            if (Location.Length != 0)
            {
                system.Leaf("location", Location, true);
            }

            system.Leaf("model", model, false);
            system.Leaf("firmware-version", firmwareVersion, false);
            system.Leaf("uptime", (uptime.ElapsedMilliseconds / 1000).ToString(), false);
            system.Leaf("clock-synchronised", clock.IsSynchronised ? "true" : "false", false);
            return system;
        }

        public ConfigNode? ReadConfig()
        {
            ConfigNode system = new ConfigNode(DeviceModules.System, "system", null);
            system.Add(new ConfigNode(DeviceModules.System, "name", Name));
            if (Contact.Length != 0)
            {
                system.Add(new ConfigNode(DeviceModules.System, "contact", Contact));
            }

            if (Location.Length != 0)
            {
                system.Add(new ConfigNode(DeviceModules.System, "location", Location));
            }

            return system;
        }

        /// <summary>The device keeps a name: it is its SSH user name when it calls home.</summary>
        public RpcError? Check(ConfigNode? candidate)
        {
            if (candidate == null || candidate.LeafValue("name") == null)
            {
                RpcError error = new RpcError(RpcErrorType.Application, RpcErrorTags.DataMissing, "the device must keep a name");
                error.BadElement = "name";
                return error;
            }

            return null;
        }

        public void Apply(ConfigNode? candidate)
        {
            ArgumentNullException.ThrowIfNull(candidate);
            Name = candidate.LeafValue("name")!;
            Contact = candidate.LeafValue("contact") ?? string.Empty;
            Location = candidate.LeafValue("location") ?? string.Empty;
        }
    }
}
