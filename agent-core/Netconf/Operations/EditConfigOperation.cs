using System.Collections;
using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Netconf.Xml;

namespace Callhome.AgentCore.Netconf.Operations
{
    /// <summary>edit-config on running (RFC 6241 §7.2): default-operation, test-option, error-option, and the
    /// lock of another session (§7.5) respected.</summary>
    public sealed class EditConfigOperation : IRpcHandler
    {
        private readonly RunningDatastore running;

        public EditConfigOperation(RunningDatastore running)
        {
            this.running = running;
        }

        public void Handle(NetconfSession session, XmlElement operation, RpcContext reply)
        {
            RpcError? problem = Datastores.RequireRunning(operation, "target");
            string defaultText = Parameter(operation, "default-operation", "merge");
            EditOperation defaultOperation = defaultText == "replace" ? EditOperation.Replace
                : defaultText == "none" ? EditOperation.None : EditOperation.Merge;
            if (problem == null && defaultText != "merge" && defaultText != "replace" && defaultText != "none")
            {
                problem = Invalid("default-operation", defaultText);
            }

            string test = Parameter(operation, "test-option", "test-then-set");
            if (problem == null && test != "test-then-set" && test != "set" && test != "test-only")
            {
                problem = Invalid("test-option", test);
            }

            string onError = Parameter(operation, "error-option", "stop-on-error");
            if (problem == null && onError != "stop-on-error" && onError != "continue-on-error" && onError != "rollback-on-error")
            {
                problem = Invalid("error-option", onError);
            }

            XmlElement? config = operation.FirstChild(NetconfNamespaces.Base, "config");
            if (problem == null && config == null)
            {
                problem = new RpcError(RpcErrorType.Protocol, RpcErrorTags.MissingElement, "edit-config needs a config element (url is not supported)");
                problem.BadElement = "config";
            }

            if (problem == null && !session.Server.MayWrite(session.Id))
            {
                problem = new RpcError(RpcErrorType.Protocol, RpcErrorTags.InUse, "running is locked by session " + session.Server.LockHolder);
                problem.SessionId = session.Server.LockHolder;
            }

            if (problem != null)
            {
                reply.Error(problem);
                return;
            }

            ArrayList errors = running.Edit(config!, defaultOperation, onError == "continue-on-error", test == "test-only", session.Id);
            if (errors.Count == 0)
            {
                reply.Ok();
            }
            else
            {
                reply.Errors(errors);
            }
        }

        private static string Parameter(XmlElement operation, string name, string fallback)
        {
            XmlElement? element = operation.FirstChild(NetconfNamespaces.Base, name);
            return element == null ? fallback : element.Text.Trim();
        }

        private static RpcError Invalid(string parameter, string value)
        {
            RpcError error = new RpcError(RpcErrorType.Protocol, RpcErrorTags.InvalidValue, parameter + " \"" + value + "\" is not allowed");
            error.BadElement = parameter;
            return error;
        }
    }
}
