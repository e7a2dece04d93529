using Callhome.AgentCore.Model.Printer;
using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Netconf.Xml;

namespace Callhome.AgentCore.Netconf.Device
{
    /// <summary>callhome-printer: state only, and the clear-alerts RPC (every alert the engine lets clear).</summary>
    public sealed class PrinterPart : StatePart, IRpcHandler
    {
        private readonly PrinterController controller;

        public PrinterPart(PrinterController controller)
        {
            this.controller = controller;
        }

        public override DataNode Read()
        {
            return PrinterState.Build(controller.Model);
        }

        /// <summary>clear-alerts.</summary>
        public void Handle(NetconfSession session, XmlElement operation, RpcContext reply)
        {
            int alerts = controller.Model.Alerts;
            if (alerts == 0)
            {
                // Nothing latched: clearing is already done.
                reply.Ok();
                return;
            }

            RpcError? refused = ModelErrors.From(controller.ClearAlerts(alerts), "clear-alerts");
            if (refused != null)
            {
                reply.Error(refused);
                return;
            }

            reply.Ok();
        }
    }
}
