namespace Callhome.AgentCore.Netconf
{
    /// <summary>Namespace and capability URIs (RFC 6241 §3.1, §8; RFC 5277 §3.1).</summary>
    public static class NetconfNamespaces
    {
        public const string Base = "urn:ietf:params:xml:ns:netconf:base:1.0";
        public const string Notification = "urn:ietf:params:xml:ns:netconf:notification:1.0";
        public const string Xml = "http://www.w3.org/XML/1998/namespace";

        public const string Base10 = "urn:ietf:params:netconf:base:1.0";
        public const string Base11 = "urn:ietf:params:netconf:base:1.1";
        public const string WritableRunning = "urn:ietf:params:netconf:capability:writable-running:1.0";
        public const string RollbackOnError = "urn:ietf:params:netconf:capability:rollback-on-error:1.0";
        public const string NotificationCapability = "urn:ietf:params:netconf:capability:notification:1.0";
        public const string Interleave = "urn:ietf:params:netconf:capability:interleave:1.0";
    }
}
