using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Netconf.Xml;

namespace Callhome.AgentCore.Netconf.Operations
{
    /// <summary>lock and unlock of running (RFC 6241 §7.5, §7.6). A lock is refused while any session holds
    /// it, the requester included; only its holder unlocks it; it ends with its session.</summary>
    public sealed class LockOperation : IRpcHandler
    {
        private readonly bool unlock;

        public LockOperation(bool unlock)
        {
            this.unlock = unlock;
        }

        public void Handle(NetconfSession session, XmlElement operation, RpcContext reply)
        {
            RpcError? target = Datastores.RequireRunning(operation, "target");
            if (target != null)
            {
                reply.Error(target);
                return;
            }

            if (unlock)
            {
                if (session.Server.Unlock(session.Id))
                {
                    reply.Ok();
                }
                else
                {
                    reply.Error(new RpcError(RpcErrorType.Protocol, RpcErrorTags.OperationFailed, "this session does not hold the lock"));
                }

                return;
            }

            int holder = session.Server.TryLock(session.Id);
            if (holder == 0)
            {
                reply.Ok();
                return;
            }

            RpcError denied = new RpcError(RpcErrorType.Protocol, RpcErrorTags.LockDenied, "the lock is held by session " + holder);
            denied.SessionId = holder;
            reply.Error(denied);
        }
    }
}
