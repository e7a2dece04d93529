using Callhome.AgentCore.Netconf.Rpc;

namespace Callhome.AgentCore.Netconf.Data
{
    /// <summary>
    /// Where the running configuration lives: the device itself (its config store and models), so the console
    /// and NETCONF see one truth. Read gives a fresh tree; Commit checks what the schema cannot (an outlet
    /// that exists, an endpoint that parses), then persists and applies the candidate. An error leaves the
    /// device as it was.
    /// </summary>
    public interface IConfigBackend
    {
        ConfigNode Read();

        RpcError? Commit(ConfigNode candidate);
    }
}
