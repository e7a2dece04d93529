using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Netconf.Xml;

namespace Callhome.AgentCore.Netconf.Rpc
{
    /// <summary>One operation (RFC 6241 §7) or RPC of our modules. Called on the session's thread with the
    /// operation element (the rpc's only child); it answers through the context exactly once.</summary>
    public interface IRpcHandler
    {
        void Handle(NetconfSession session, XmlElement operation, RpcContext reply);
    }
}
