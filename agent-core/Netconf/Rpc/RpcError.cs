namespace Callhome.AgentCore.Netconf.Rpc
{
    /// <summary>
    /// One rpc-error (RFC 6241 §4.3). The error-info children used by Appendix A are fields here:
    /// bad-attribute, bad-element, bad-namespace and session-id. <see cref="PathNamespace"/> and
    /// <see cref="PathPrefix"/> declare the prefix the error-path uses.
    /// </summary>
    public sealed class RpcError
    {
        public RpcError(RpcErrorType type, string tag, string message)
        {
            Type = type;
            Tag = tag;
            Message = message;
        }

        public RpcErrorType Type { get; }

        public string Tag { get; }

        public string Message { get; }

        public string AppTag { get; set; } = string.Empty;

        public string Path { get; set; } = string.Empty;

        public string PathPrefix { get; set; } = string.Empty;

        public string PathNamespace { get; set; } = string.Empty;

        public string BadAttribute { get; set; } = string.Empty;

        public string BadElement { get; set; } = string.Empty;

        public string BadNamespace { get; set; } = string.Empty;

        /// <summary>For lock-denied: the session holding the lock (0 when none or not a NETCONF session).</summary>
        public int SessionId { get; set; } = -1;

        /// <summary>True for error-severity "warning" (never used for a failed operation).</summary>
        public bool IsWarning { get; set; }

        public static string TypeName(RpcErrorType type)
        {
            switch (type)
            {
                case RpcErrorType.Transport:
                    return "transport";
                case RpcErrorType.Rpc:
                    return "rpc";
                case RpcErrorType.Protocol:
                    return "protocol";
                default:
                    return "application";
            }
        }
    }
}
