using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Schema;

namespace Callhome.AgentCore.Netconf.Device
{
    /// <summary>A part with readings only (UPS, printer): no configuration to read, check or apply.</summary>
    public abstract class StatePart : IDevicePart
    {
        public SchemaNode? ConfigSchema
        {
            get { return null; }
        }

        public abstract DataNode Read();

        public ConfigNode? ReadConfig()
        {
            return null;
        }

        public RpcError? Check(ConfigNode? candidate)
        {
            return null;
        }

        public void Apply(ConfigNode? candidate)
        {
        }
    }
}
