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
    /// An emulated PDU serving NETCONF over our SSH server role (RFC 8071): device key as host key, the
    /// manager's key authorized, the netconf subsystem, the NETCONF event stream. It dials the manager's
    /// listening port, as a device calling home does.
    /// </summary>
    internal sealed class NetconfDeviceUnderTest : IDisposable
    {
        private readonly ICryptoSuite suite;

        public NetconfDeviceUnderTest(string managerPublicKeyLine)
        {
            var entropy = new SystemEntropy();
            suite = new BouncyCastleSuite(entropy);
            HostKey = DeviceIdentity.LoadOrCreate(new MemoryKeyStore(), suite);
            Pdu = new EmulatedPdu(Clock);
            Data = new DeviceData();
            Data.Add(new PduPart(Pdu.Controller));
            var handlers = new RpcHandlers();
            BaseOperations.Register(handlers, Data, new RunningDatastore(Data.Schema, Data));
            handlers.Register(DeviceModules.Pdu, "switch-outlet", new SwitchOutletOperation(Pdu.Controller));
            handlers.Register(NetconfNamespaces.Notification, "create-subscription", new CreateSubscriptionOperation(Events, RealTime));
            Server = new NetconfServer(handlers, new[]
            {
                NetconfNamespaces.WritableRunning, NetconfNamespaces.NotificationCapability, NetconfNamespaces.Interleave,
                DeviceModules.Capability(DeviceModules.Pdu), DeviceModules.Capability(DeviceModules.Types),
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

        public EmulatedPdu Pdu { get; }

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
