using System.Collections;

namespace Callhome.AgentCore.Netconf.Rpc
{
    /// <summary>The operations a server answers, by expanded name: a table, not a switch, so layers above add
    /// their RPCs (device actions, create-subscription) without touching the session.</summary>
    public sealed class RpcHandlers
    {
        private readonly ArrayList namespaces = new ArrayList();
        private readonly ArrayList names = new ArrayList();
        private readonly ArrayList handlers = new ArrayList();

        public void Register(string ns, string name, IRpcHandler handler)
        {
            namespaces.Add(ns);
            names.Add(name);
            handlers.Add(handler);
        }

        public IRpcHandler? Find(string ns, string name)
        {
            for (int i = 0; i < names.Count; i++)
            {
                if ((string)names[i]! == name && (string)namespaces[i]! == ns)
                {
                    return (IRpcHandler)handlers[i]!;
                }
            }

            return null;
        }

        /// <summary>True when some operation lives in this namespace (unknown-namespace versus
        /// operation-not-supported).</summary>
        public bool KnowsNamespace(string ns)
        {
            return namespaces.Contains(ns);
        }
    }
}
