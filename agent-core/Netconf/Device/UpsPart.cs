using Callhome.AgentCore.Model.Ups;
using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Netconf.Xml;

namespace Callhome.AgentCore.Netconf.Device
{
    /// <summary>callhome-ups: readings only, and the start-self-test RPC.</summary>
    public sealed class UpsPart : StatePart, IRpcHandler
    {
        private readonly UpsController controller;

        public UpsPart(UpsController controller)
        {
            this.controller = controller;
        }

        public override DataNode Read()
        {
            return UpsState.Build(controller.Model);
        }

        /// <summary>start-self-test.</summary>
        public void Handle(NetconfSession session, XmlElement operation, RpcContext reply)
        {
            RpcError? refused = ModelErrors.From(controller.StartSelfTest(), "self-test");
            if (refused != null)
            {
                reply.Error(refused);
                return;
            }

            reply.Ok();
        }
    }
}
