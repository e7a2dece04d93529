using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Xml;

namespace Callhome.AgentCore.Netconf.Operations
{
    /// <summary>The device has one datastore, running, written directly (:writable-running, RFC 6241 §8.2);
    /// no candidate, startup or url is announced, so naming one is an invalid value.</summary>
    internal static class Datastores
    {
        /// <summary>Null when the operation's source or target (the parameter named) is running; else the
        /// rpc-error to send.</summary>
        public static RpcError? RequireRunning(XmlElement operation, string parameter)
        {
            XmlElement? holder = operation.FirstChild(NetconfNamespaces.Base, parameter);
            if (holder == null)
            {
                RpcError missing = new RpcError(RpcErrorType.Protocol, RpcErrorTags.MissingElement, operation.LocalName + " needs a " + parameter);
                missing.BadElement = parameter;
                return missing;
            }

            if (holder.ChildCount != 1 || !holder.Child(0).Is(NetconfNamespaces.Base, "running"))
            {
                RpcError invalid = new RpcError(RpcErrorType.Protocol, RpcErrorTags.InvalidValue, "the only datastore is running");
                invalid.BadElement = holder.ChildCount == 0 ? parameter : holder.Child(0).LocalName;
                return invalid;
            }

            return null;
        }

        /// <summary>The subtree filter of get / get-config: null for none; sets error for a filter we do not
        /// support (type other than subtree: :xpath is not announced).</summary>
        public static XmlElement? Filter(XmlElement operation, out RpcError? error)
        {
            error = null;
            XmlElement? filter = operation.FirstChild(NetconfNamespaces.Base, "filter");
            if (filter == null)
            {
                return null;
            }

            string? type = filter.AttributeValue(string.Empty, "type");
            if (type != null && type != "subtree")
            {
                error = new RpcError(RpcErrorType.Protocol, RpcErrorTags.BadAttribute, "filter type " + type + " is not supported");
                error.BadAttribute = "type";
                error.BadElement = "filter";
            }

            return filter;
        }
    }
}
