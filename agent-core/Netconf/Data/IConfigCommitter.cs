using Callhome.AgentCore.Netconf.Rpc;

namespace Callhome.AgentCore.Netconf.Data
{
    /// <summary>Where a new running configuration goes before it is accepted: the device binding checks what
    /// the schema cannot (an outlet that exists, an endpoint it can reach), then persists and applies it.
    /// An error leaves the running configuration as it was.</summary>
    public interface IConfigCommitter
    {
        RpcError? Commit(ConfigNode candidate);
    }
}
