using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Netconf.Xml;

namespace Callhome.AgentCore.Netconf.Operations
{
    /// <summary>close-session (RFC 6241 §7.8): ok, then the session ends; kill-session (§7.9): another session
    /// ends, its lock released.</summary>
    public sealed class SessionOperations : IRpcHandler
    {
        private readonly bool kill;

        public SessionOperations(bool kill)
        {
            this.kill = kill;
        }

        public void Handle(NetconfSession session, XmlElement operation, RpcContext reply)
        {
            if (!kill)
            {
                reply.Ok();
                session.Close("close-session");
                return;
            }

            XmlElement? idElement = operation.FirstChild(NetconfNamespaces.Base, "session-id");
            if (idElement == null)
            {
                RpcError missing = new RpcError(RpcErrorType.Protocol, RpcErrorTags.MissingElement, "kill-session needs a session-id");
                missing.BadElement = "session-id";
                reply.Error(missing);
                return;
            }

            int id = ParseId(idElement.Text.Trim());
            NetconfSession? victim = id > 0 && id != session.Id ? session.Server.Find(id) : null;
            if (victim == null)
            {
                RpcError invalid = new RpcError(RpcErrorType.Protocol, RpcErrorTags.InvalidValue,
                    id == session.Id ? "a session cannot kill itself; use close-session" : "no session " + idElement.Text.Trim());
                invalid.BadElement = "session-id";
                reply.Error(invalid);
                return;
            }

            victim.Close("killed by session " + session.Id);
            reply.Ok();
        }

        // session-id-type: uint32 from 1 (RFC 6241 §8.1); anything else matches no session.
        private static int ParseId(string text)
        {
            if (text.Length == 0 || text.Length > 10)
            {
                return -1;
            }

            long value = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                value = (value * 10) + (c - '0');
            }

            return value > int.MaxValue ? -1 : (int)value;
        }
    }
}
