using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Auth;
using Callhome.AgentCore.Ssh.Server;

namespace Callhome.Ssh.Tests.Support
{
    /// <summary>
    /// Our server role on a real socket for the interop tests: a fresh host key, the given authorized_keys
    /// text, the echo handler for exec and subsystem "echo", and the portable <see cref="SshServerDriver"/>.
    /// It either dials a port the client side listens on (RFC 8071, the call-home shape) or listens once on
    /// 127.0.0.1 for an ordinary inbound connection.
    /// </summary>
    internal sealed class ServerUnderTest : IDisposable
    {
        private readonly ICryptoSuite suite;
        private TcpListener? listener;
        private Thread? acceptor;

        public ServerUnderTest(string authorizedKeysText, Action<SshSessionConfig>? configure = null)
        {
            suite = TestPlatform.Suite(new SystemEntropy());
            HostKey = TestPlatform.NewDevice(suite);
            Config = new SshSessionConfig(string.Empty, string.Empty)
            {
                Role = SshRole.Server,
                AuthorizedKeys = AuthorizedKeys.Parse(authorizedKeysText),
            };
            configure?.Invoke(Config);
            var handlers = new SshServerHandlers { Exec = Echo };
            handlers.RegisterSubsystem("echo", Echo);
            Connection = new SshServerConnection(Config, suite, new SystemEntropy(), new TestClock(), HostKey, handlers, Events);
            Driver = new SshServerDriver(Connection, new TestClock());
        }

        public DeviceIdentity HostKey { get; }

        public SshSessionConfig Config { get; }

        public SshServerConnection Connection { get; }

        public SshServerDriver Driver { get; }

        public EchoServerHandler Echo { get; } = new();

        public ServerEvents Events { get; } = new();

        /// <summary>"ssh-ed25519 AAAA..." as known_hosts and paramiko's get_base64 expect it.</summary>
        public string HostKeyLine => SshPublicKeyFormat.AuthorizedKeysLine(HostKey.PublicKeyBlob(), string.Empty).Trim();

        /// <summary>Dials 127.0.0.1:port (already listening) and starts serving on that connection.</summary>
        public void Dial(int port)
        {
            Driver.Start(Loopback.Dial(port));
        }

        /// <summary>Listens on 127.0.0.1 (any free port, returned) and serves the first connection accepted.</summary>
        public int ListenOnce()
        {
            listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            acceptor = new Thread(() =>
            {
                try
                {
                    Socket socket = listener.AcceptSocket();
                    listener.Stop();
                    Driver.Start(new StreamTransport(new NetworkStream(socket, ownsSocket: true)));
                }
                catch (SocketException)
                {
                    // Stopped by Dispose before a client came.
                }
                catch (ObjectDisposedException)
                {
                }
            })
            { IsBackground = true };
            acceptor.Start();
            return port;
        }

        public bool WaitForEnd(int timeoutMilliseconds) => Driver.WaitForEnd(timeoutMilliseconds);

        /// <summary>Reads the session under the driver's lock.</summary>
        public T Inspect<T>(Func<SshSession, T> read)
        {
            lock (Driver.Sync)
            {
                return read(Connection.Session);
            }
        }

        public void Dispose()
        {
            listener?.Stop();
            acceptor?.Join(5000);
            Driver.Dispose();
            HostKey.Dispose();
        }
    }

    /// <summary>What the server session reported (under the driver's lock).</summary>
    internal sealed class ServerEvents : ISshSessionListener
    {
        private readonly object gate = new();
        private string description = string.Empty;

        public ManualResetEventSlim Authenticated { get; } = new(false);

        public ManualResetEventSlim Disconnected { get; } = new(false);

        public int AuthenticationFailures { get; private set; }

        public SshDisconnectReason Reason { get; private set; }

        public bool FromPeer { get; private set; }

        public string Description
        {
            get
            {
                lock (gate)
                {
                    return description;
                }
            }
        }

        public void OnHostKeyVerified(string fingerprint)
        {
        }

        public void OnHostKeyMismatch(string expectedFingerprint, string actualFingerprint)
        {
        }

        public void OnTransportReady()
        {
        }

        public void OnBanner(string message)
        {
        }

        public void OnAuthenticated() => Authenticated.Set();

        public void OnAuthenticationFailed(string methodsThatCanContinue, bool partialSuccess) => AuthenticationFailures++;

        public bool OnConnectionMessage(byte[] payload, int offset, int count) => false;

        public void OnDisconnected(SshDisconnectReason reason, string description, bool fromPeer)
        {
            lock (gate)
            {
                this.description = description;
            }

            Reason = reason;
            FromPeer = fromPeer;
            Disconnected.Set();
        }
    }
}
