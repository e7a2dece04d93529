using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Xml;

namespace Callhome.AgentCore.Netconf.Data
{
    /// <summary>Builds the rpc-errors of edit-config with an error-path to the offending node (RFC 6241 §4.3).
    /// Each of our modules keeps its nodes in its own namespace (no augments), so one prefix, declared on
    /// error-path, serves the whole path.</summary>
    internal static class EditError
    {
        public static RpcError At(XmlElement element, RpcErrorType type, string tag, string message)
        {
            RpcError error = new RpcError(type, tag, message);
            error.Path = Path(element);
            error.PathPrefix = "t";
            error.PathNamespace = element.Namespace;
            error.BadElement = element.LocalName;
            return error;
        }

        // Absolute path from the config element down: /t:pdu/t:outlet/t:name.
        private static string Path(XmlElement element)
        {
            string path = string.Empty;
            for (XmlElement? node = element; node != null && !node.Is(NetconfNamespaces.Base, "config"); node = node.Parent)
            {
                path = "/t:" + node.LocalName + path;
            }

            return path;
        }
    }
}
