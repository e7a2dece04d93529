using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Netconf.Xml;

namespace Callhome.AgentCore.Netconf.Operations
{
    /// <summary>get (RFC 6241 §7.7: configuration and state) and get-config (§7.1: configuration of the
    /// source datastore), both with subtree filtering (§6).</summary>
    public sealed class GetOperation : IRpcHandler
    {
        private readonly IDataProvider data;
        private readonly bool configOnly;

        public GetOperation(IDataProvider data, bool configOnly)
        {
            this.data = data;
            this.configOnly = configOnly;
        }

        public void Handle(NetconfSession session, XmlElement operation, RpcContext reply)
        {
            if (configOnly)
            {
                RpcError? source = Datastores.RequireRunning(operation, "source");
                if (source != null)
                {
                    reply.Error(source);
                    return;
                }
            }

            XmlElement? filter = Datastores.Filter(operation, out RpcError? bad);
            if (bad != null)
            {
                reply.Error(bad);
                return;
            }

            DataNode root = data.Snapshot();
            XmlWriter writer = reply.BeginData();
            SubtreeFilter.Write(root, filter, configOnly, writer);
            reply.EndData();
        }
    }
}
