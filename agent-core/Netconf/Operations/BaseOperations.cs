using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Rpc;

namespace Callhome.AgentCore.Netconf.Operations
{
    /// <summary>Registers the RFC 6241 base operations a device answers.</summary>
    public static class BaseOperations
    {
        /// <summary>The read-only base operations; running may be null for a device without configuration.</summary>
        public static void Register(RpcHandlers handlers, IDataProvider data, RunningDatastore? running)
        {
            string ns = NetconfNamespaces.Base;
            handlers.Register(ns, "get", new GetOperation(data, false));
            handlers.Register(ns, "get-config", new GetOperation(data, true));
            handlers.Register(ns, "lock", new LockOperation(false));
            handlers.Register(ns, "unlock", new LockOperation(true));
            handlers.Register(ns, "close-session", new SessionOperations(false));
            handlers.Register(ns, "kill-session", new SessionOperations(true));
            if (running != null)
            {
                handlers.Register(ns, "edit-config", new EditConfigOperation(running));
            }
        }
    }
}
