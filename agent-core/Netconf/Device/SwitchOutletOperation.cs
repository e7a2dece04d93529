using Callhome.AgentCore.Model;
using Callhome.AgentCore.Model.Pdu;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Schema;
using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Netconf.Xml;

namespace Callhome.AgentCore.Netconf.Device
{
    /// <summary>callhome-pdu:switch-outlet: on, off or cycle, now or after a delay. Refused while another
    /// session holds the lock, as a configuration change would be.</summary>
    public sealed class SwitchOutletOperation : IRpcHandler
    {
        private static readonly IntegerType Id = new IntegerType(1, 24);
        private static readonly IntegerType Delay = new IntegerType(0, 65535);
        private static readonly EnumerationType Action = new EnumerationType(new string[] { "on", "off", "cycle" });
        private readonly PduController controller;

        public SwitchOutletOperation(PduController controller)
        {
            this.controller = controller;
        }

        public void Handle(NetconfSession session, XmlElement operation, RpcContext reply)
        {
            string ns = DeviceModules.Pdu;
            XmlElement? idElement = operation.FirstChild(ns, "id");
            XmlElement? actionElement = operation.FirstChild(ns, "action");
            XmlElement? delayElement = operation.FirstChild(ns, "delay");
            if (idElement == null || actionElement == null)
            {
                reply.Error(ModelErrors.Missing(idElement == null ? "id" : "action"));
                return;
            }

            string? problem = Id.Check(idElement.Text, out string id);
            string? badAction = Action.Check(actionElement.Text, out string action);
            string delay = "0";
            string? badDelay = delayElement == null ? null : Delay.Check(delayElement.Text, out delay);
            problem = problem ?? badAction ?? badDelay;

            if (problem != null)
            {
                reply.Error(ModelErrors.Invalid(operation.LocalName, problem));
                return;
            }

            if (!session.Server.MayWrite(session.Id))
            {
                RpcError locked = new RpcError(RpcErrorType.Protocol, RpcErrorTags.InUse, "the device is locked by session " + session.Server.LockHolder);
                locked.SessionId = session.Server.LockHolder;
                reply.Error(locked);
                return;
            }

            int number = int.Parse(id);
            int seconds = int.Parse(delay);
            ModelResult result = action == "on" ? controller.SwitchOn(number, seconds)
                : action == "off" ? controller.SwitchOff(number, seconds)
                : controller.Cycle(number, seconds);
            RpcError? refused = ModelErrors.From(result, "outlet " + id);
            if (refused != null)
            {
                reply.Error(refused);
                return;
            }

            reply.Ok();
        }
    }
}
