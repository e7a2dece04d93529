using System;
using System.Net;
using System.Net.Sockets;
using Callhome.AgentCore.CallHome;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Netconf.Device;
using Callhome.AgentCore.Netconf.Session;
using Callhome.Boards.Emulator;
using Callhome.Crypto.BouncyCastle;
using Callhome.TestSupport;

namespace Callhome.Netconf.Tests.Support
{
    /// <summary>
    /// An emulated PDU or UPS with the firmware's own NETCONF assembly (<see cref="NetconfDevice"/>) served by the
    /// firmware's RFC 8071 session (<see cref="Rfc8071Session"/>: device key as host key, the manager accepted by
    /// its key's fingerprint, the netconf subsystem). It dials the manager's listening port, as a device calling
    /// home does, or listens for one. Notifications are published as the test polls the model (not deferred: no
    /// poll loop here holds the device lock).
    /// </summary>
    internal sealed class NetconfDeviceUnderTest : IDisposable
    {
        private readonly Rfc8071Session? session;

        /// <param name="managerPublicKeyLine">the manager's "ssh-ed25519 AAAA… comment" line; empty when the test
        /// uses only <see cref="Server"/> (turn mode).</param>
        public NetconfDeviceUnderTest(string managerPublicKeyLine, string kind = "pdu")
        {
            var entropy = new SystemEntropy();
            ICryptoSuite suite = new BouncyCastleSuite(entropy);
            HostKey = DeviceIdentity.LoadOrCreate(new MemoryKeyStore(), suite);
            var netconf = new NetconfDevice(kind + "-1", kind, "test", Clock, RealTime);
            netconf.Notifications.Deferred = false;
            if (kind == "ups")
            {
                UpsBoard = new EmulatedUpsAndPrinter();
                netconf.AddUps(UpsBoard.Ups);
            }
            else
            {
                Pdu = new EmulatedPdu(Clock);
                netconf.AddPdu(Pdu.Controller);
            }

            Server = netconf.Server;
            if (managerPublicKeyLine.Length != 0)
            {
                byte[] managerKey = Convert.FromBase64String(managerPublicKeyLine.Split(' ')[1]);
                session = new Rfc8071Session(Server, SshPublicKeyFormat.Sha256Fingerprint(managerKey, suite), suite, entropy, Clock, HostKey);
            }
        }

        public TestClock Clock { get; } = new();

        public BatterylessRealTimeClock RealTime { get; } = new(new TestClock());

        public DeviceIdentity HostKey { get; }

        /// <summary>The PDU's simulated hardware (kind "pdu").</summary>
        public EmulatedPdu Pdu { get; } = null!;

        /// <summary>The UPS's simulated hardware (kind "ups").</summary>
        public EmulatedUpsAndPrinter? UpsBoard { get; }

        public NetconfServer Server { get; }

        /// <summary>Dials the manager on 127.0.0.1 and serves SSH on that connection.</summary>
        public void Dial(int port)
        {
            session!.Start(Loopback.Dial(port));
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
                    session!.Start(new StreamTransport(new NetworkStream(socket, ownsSocket: true)));
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
            session?.Dispose();
            HostKey.Dispose();
        }
    }
}
