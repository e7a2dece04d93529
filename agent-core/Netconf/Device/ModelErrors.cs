using Callhome.AgentCore.Model;
using Callhome.AgentCore.Netconf.Rpc;

namespace Callhome.AgentCore.Netconf.Device
{
    /// <summary>A model's refusal as the rpc-error an action answers with.</summary>
    internal static class ModelErrors
    {
        public static RpcError? From(ModelResult result, string what)
        {
            switch (result)
            {
                case ModelResult.Ok:
                    return null;
                case ModelResult.NoSuchObject:
                    return new RpcError(RpcErrorType.Application, RpcErrorTags.InvalidValue, what + ": no such object");
                case ModelResult.BadValue:
                    return new RpcError(RpcErrorType.Application, RpcErrorTags.InvalidValue, what + ": value out of range");
                case ModelResult.Busy:
                    return new RpcError(RpcErrorType.Application, RpcErrorTags.InUse, what + ": busy");
                default:
                    return new RpcError(RpcErrorType.Application, RpcErrorTags.OperationFailed, what + ": hardware fault");
            }
        }

        public static RpcError Missing(string element)
        {
            RpcError error = new RpcError(RpcErrorType.Protocol, RpcErrorTags.MissingElement, element + " is mandatory");
            error.BadElement = element;
            return error;
        }

        public static RpcError Invalid(string element, string message)
        {
            RpcError error = new RpcError(RpcErrorType.Application, RpcErrorTags.InvalidValue, message);
            error.BadElement = element;
            return error;
        }
    }
}
