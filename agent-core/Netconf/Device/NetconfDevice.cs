using System.Collections;
using Callhome.AgentCore.Model.Pdu;
using Callhome.AgentCore.Model.Printer;
using Callhome.AgentCore.Model.Ups;
using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Notifications;
using Callhome.AgentCore.Netconf.Operations;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Session;
using Callhome.Hal;

namespace Callhome.AgentCore.Netconf.Device
{
    /// <summary>
    /// A device's whole NETCONF server, assembled in one place for every board: callhome-system, the parts
    /// of the controllers it has (UPS, PDU, printer) with their actions, the running datastore, the NETCONF
    /// event stream fed by the models' transitions (deferred, see <see cref="ModelNotifications"/>), and the
    /// hello's capabilities (RFC 6241 §8; :notification and :interleave from RFC 5277).
    /// </summary>
    public sealed class NetconfDevice
    {
        /// <summary>Events kept for replay while no manager listens (RFC 5277 §3.2.3).</summary>
        public const int ReplayCapacity = 64;

        private readonly RpcHandlers handlers = new RpcHandlers();
        private readonly ArrayList capabilities = new ArrayList();
        private NetconfServer? server;

        public NetconfDevice(string name, string model, string firmwareVersion, IMonotonicClock uptime, IRealTimeClock clock)
        {
            Data = new DeviceData();
            System = new SystemPart(name, model, firmwareVersion, uptime, clock);
            Data.Add(System);
            Events = new EventStream(ReplayCapacity);
            Notifications = new ModelNotifications(Events, clock) { Deferred = true };
            Running = new RunningDatastore(Data.Schema, Data) { ChangeListener = Notifications };
            BaseOperations.Register(handlers, Data, Running);
            handlers.Register(NetconfNamespaces.Notification, "create-subscription", new CreateSubscriptionOperation(Events, clock));
            capabilities.Add(NetconfNamespaces.WritableRunning);
            capabilities.Add(NetconfNamespaces.RollbackOnError);
            capabilities.Add(NetconfNamespaces.NotificationCapability);
            capabilities.Add(NetconfNamespaces.Interleave);
            capabilities.Add(DeviceModules.Capability(DeviceModules.Types));
            capabilities.Add(DeviceModules.Capability(DeviceModules.System));
        }

        public DeviceData Data { get; }

        public SystemPart System { get; }

        public EventStream Events { get; }

        public ModelNotifications Notifications { get; }

        public RunningDatastore Running { get; }

        /// <summary>The server, created by the first call after the parts were added.</summary>
        public NetconfServer Server
        {
            get
            {
                if (server == null)
                {
                    string[] list = new string[capabilities.Count];
                    for (int i = 0; i < list.Length; i++)
                    {
                        list[i] = (string)capabilities[i]!;
                    }

                    server = new NetconfServer(handlers, list, NetconfLimits.Default());
                }

                return server;
            }
        }

        public void AddUps(UpsController ups)
        {
            UpsPart part = new UpsPart(ups);
            Data.Add(part);
            handlers.Register(DeviceModules.Ups, "start-self-test", part);
            ups.Model.Listeners.Add(Notifications);
            capabilities.Add(DeviceModules.Capability(DeviceModules.Ups));
        }

        public void AddPdu(PduController pdu)
        {
            Data.Add(new PduPart(pdu));
            handlers.Register(DeviceModules.Pdu, "switch-outlet", new SwitchOutletOperation(pdu));
            pdu.Model.Listeners.Add(Notifications);
            capabilities.Add(DeviceModules.Capability(DeviceModules.Pdu));
        }

        public void AddPrinter(PrinterController printer)
        {
            PrinterPart part = new PrinterPart(printer);
            Data.Add(part);
            handlers.Register(DeviceModules.Printer, "clear-alerts", part);
            printer.Model.Listeners.Add(Notifications);
            capabilities.Add(DeviceModules.Capability(DeviceModules.Printer));
        }
    }
}
