using System;
using System.Net;
using System.Net.Sockets;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Netconf;
using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Device;
using Callhome.AgentCore.Netconf.Notifications;
using Callhome.AgentCore.Netconf.Operations;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Netconf.Transport;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Auth;
using Callhome.AgentCore.Ssh.Server;
using Callhome.Boards.Emulator;
using Callhome.Crypto.BouncyCastle;
using Callhome.TestSupport;

namespace Callhome.Netconf.Tests.Support
{
    /// <summary>
    /// An emulated PDU or UPS serving NETCONF over our SSH server role (RFC 8071): device key as host key, the
    /// manager's key authorized, the netconf subsystem, the NETCONF event stream fed by the model's transitions.
    /// It dials the manager's listening port, as a device calling home does, or listens for one.
    /// </summary>
    internal sealed class NetconfDeviceUnderTest : IDisposable
    {
        private readonly ICryptoSuite suite;

        public NetconfDeviceUnderTest(string managerPublicKeyLine, string kind = "pdu")
        {
            var entropy = new SystemEntropy();
            suite = new BouncyCastleSuite(entropy);
            HostKey = DeviceIdentity.LoadOrCreate(new MemoryKeyStore(), suite);
            Data = new DeviceData();
            Data.Add(new SystemPart(kind + "-1", kind, "test", Clock, RealTime));
            var running = new RunningDatastore(Data.Schema, Data);
            var notifications = new ModelNotifications(Events, RealTime);
            running.ChangeListener = notifications;
            var handlers = new RpcHandlers();
            BaseOperations.Register(handlers, Data, running);
            handlers.Register(NetconfNamespaces.Notification, "create-subscription", new CreateSubscriptionOperation(Events, RealTime));
            string module;
            if (kind == "ups")
            {
                UpsBoard = new EmulatedUpsAndPrinter();
                var ups = new UpsPart(UpsBoard.Ups);
                Data.Add(ups);
                handlers.Register(DeviceModules.Ups, "start-self-test", ups);
                UpsBoard.Ups.Model.Listeners.Add(notifications);
                module = DeviceModules.Ups;
            }
            else
            {
                Pdu = new EmulatedPdu(Clock);
                Data.Add(new PduPart(Pdu.Controller));
                handlers.Register(DeviceModules.Pdu, "switch-outlet", new SwitchOutletOperation(Pdu.Controller));
                Pdu.Controller.Model.Listeners.Add(notifications);
                module = DeviceModules.Pdu;
            }

            Server = new NetconfServer(handlers, new[]
            {
                NetconfNamespaces.WritableRunning, NetconfNamespaces.RollbackOnError, NetconfNamespaces.NotificationCapability,
                NetconfNamespaces.Interleave, DeviceModules.Capability(module), DeviceModules.Capability(DeviceModules.System),
                DeviceModules.Capability(DeviceModules.Types),
            }, NetconfLimits.Default());
            Subsystem = new NetconfSubsystem(Server);
            var sshHandlers = new SshServerHandlers();
            sshHandlers.RegisterSubsystem(NetconfSubsystem.Name, Subsystem);
            var config = new SshSessionConfig(string.Empty, string.Empty)
            {
                Role = SshRole.Server,
                AuthorizedKeys = AuthorizedKeys.Parse(managerPublicKeyLine),
            };
            Connection = new SshServerConnection(config, suite, entropy, Clock, HostKey, sshHandlers, null);
            Driver = new SshServerDriver(Connection, Clock);
            Subsystem.Driver = Driver;
        }

        public TestClock Clock { get; } = new();

        public BatterylessRealTimeClock RealTime { get; } = new(new TestClock());

        public DeviceIdentity HostKey { get; }

        /// <summary>The PDU's simulated hardware (kind "pdu").</summary>
        public EmulatedPdu Pdu { get; } = null!;

        /// <summary>The UPS's simulated hardware (kind "ups").</summary>
        public EmulatedUpsAndPrinter? UpsBoard { get; }

        public DeviceData Data { get; }

        public EventStream Events { get; } = new(64);

        public NetconfServer Server { get; }

        public NetconfSubsystem Subsystem { get; }

        public SshServerConnection Connection { get; }

        public SshServerDriver Driver { get; }

        public string HostKeyFingerprint => SshPublicKeyFormat.Sha256Fingerprint(HostKey.PublicKeyBlob(), suite);

        /// <summary>Dials the manager on 127.0.0.1 and serves SSH on that connection.</summary>
        public void Dial(int port)
        {
            Driver.Start(Loopback.Dial(port));
        }

        /// <summary>Listens on 127.0.0.1 (port returned) and serves the first connection (LAN management).</summary>
        public int ListenOnce()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.BeginAcceptSocket(result =>
            {
                try
                {
                    Socket socket = listener.EndAcceptSocket(result);
                    Driver.Start(new StreamTransport(new NetworkStream(socket, ownsSocket: true)));
                }
                catch (ObjectDisposedException)
                {
                }
                finally
                {
                    listener.Stop();
                }
            }, null);
            return port;
        }

        public void Dispose()
        {
            Driver.Dispose();
            HostKey.Dispose();
        }
    }
}
