using System.Collections;
using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Schema;

namespace Callhome.AgentCore.Netconf.Device
{
    /// <summary>The device's data for NETCONF: each part's container for get, the configurable parts'
    /// configuration for get-config and edit-config, with the schema they make together.</summary>
    public sealed class DeviceData : IDataProvider, IConfigBackend
    {
        private readonly ArrayList parts = new ArrayList();
        private readonly SchemaNode schema = SchemaNode.Root();

        public SchemaNode Schema
        {
            get { return schema; }
        }

        public void Add(IDevicePart part)
        {
            parts.Add(part);
            SchemaNode? config = part.ConfigSchema;
            if (config != null)
            {
                schema.Add(config);
            }
        }

        public DataNode Snapshot()
        {
            DataNode root = new DataNode(string.Empty, string.Empty, null, true);
            for (int i = 0; i < parts.Count; i++)
            {
                root.Add(Part(i).Read());
            }

            return root;
        }

        public ConfigNode Read()
        {
            ConfigNode root = new ConfigNode(string.Empty, string.Empty, null);
            for (int i = 0; i < parts.Count; i++)
            {
                ConfigNode? config = Part(i).ReadConfig();
                if (config != null)
                {
                    root.Add(config);
                }
            }

            return root;
        }

        public RpcError? Commit(ConfigNode candidate)
        {
            for (int i = 0; i < parts.Count; i++)
            {
                IDevicePart part = Part(i);
                if (part.ConfigSchema != null)
                {
                    RpcError? refused = part.Check(candidate.Find(part.ConfigSchema.Namespace, part.ConfigSchema.Name));
                    if (refused != null)
                    {
                        return refused;
                    }
                }
            }

            for (int i = 0; i < parts.Count; i++)
            {
                IDevicePart part = Part(i);
                if (part.ConfigSchema != null)
                {
                    part.Apply(candidate.Find(part.ConfigSchema.Namespace, part.ConfigSchema.Name));
                }
            }

            return null;
        }

        private IDevicePart Part(int index)
        {
            return (IDevicePart)parts[index]!;
        }
    }
}
