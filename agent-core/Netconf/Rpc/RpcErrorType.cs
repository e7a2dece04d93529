namespace Callhome.AgentCore.Netconf.Rpc
{
    /// <summary>The layer where an error occurred (RFC 6241 §4.3 error-type).</summary>
    public enum RpcErrorType
    {
        Transport,
        Rpc,
        Protocol,
        Application,
    }
}
