namespace Callhome.AgentCore.Netconf.Rpc
{
    /// <summary>error-tag values (RFC 6241 Appendix A).</summary>
    public static class RpcErrorTags
    {
        public const string InUse = "in-use";
        public const string InvalidValue = "invalid-value";
        public const string TooBig = "too-big";
        public const string MissingAttribute = "missing-attribute";
        public const string BadAttribute = "bad-attribute";
        public const string UnknownAttribute = "unknown-attribute";
        public const string MissingElement = "missing-element";
        public const string BadElement = "bad-element";
        public const string UnknownElement = "unknown-element";
        public const string UnknownNamespace = "unknown-namespace";
        public const string AccessDenied = "access-denied";
        public const string LockDenied = "lock-denied";
        public const string ResourceDenied = "resource-denied";
        public const string RollbackFailed = "rollback-failed";
        public const string DataExists = "data-exists";
        public const string DataMissing = "data-missing";
        public const string OperationNotSupported = "operation-not-supported";
        public const string OperationFailed = "operation-failed";
        public const string MalformedMessage = "malformed-message";
    }
}
