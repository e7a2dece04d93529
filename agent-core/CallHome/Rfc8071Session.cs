using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Netconf.Transport;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Auth;
using Callhome.AgentCore.Ssh.Client;
using Callhome.AgentCore.Ssh.Server;
using Callhome.Hal;

namespace Callhome.AgentCore.CallHome
{
    /// <summary>
    /// RFC 8071 §3.1 on a connection the device dialled: the device runs the SSH server role with its device
    /// key as host key, accepts only the manager's key (its pinned fingerprint) for publickey authentication,
    /// and serves the `netconf` subsystem (RFC 6242) the manager opens.
    /// </summary>
    public sealed class Rfc8071Session : ICallHomeSession, ISshSessionListener
    {
        private readonly SshServerConnection connection;
        private readonly SshServerDriver driver;
        private string endReason = string.Empty;
        private bool established;

        public Rfc8071Session(NetconfServer server, string managerKeyFingerprint, ICryptoSuite suite, IEntropySource entropy,
            IMonotonicClock clock, DeviceIdentity hostKey)
        {
            NetconfSubsystem subsystem = new NetconfSubsystem(server);
            SshServerHandlers handlers = new SshServerHandlers();
            handlers.RegisterSubsystem(NetconfSubsystem.Name, subsystem);
            AuthorizedKeys manager = new AuthorizedKeys();
            manager.AddFingerprint(managerKeyFingerprint, suite);
            SshSessionConfig config = new SshSessionConfig(string.Empty, string.Empty) { Role = SshRole.Server, AuthorizedKeys = manager };
            connection = new SshServerConnection(config, suite, entropy, clock, hostKey, handlers, this);
            driver = new SshServerDriver(connection, clock);
            subsystem.Driver = driver;
        }

        public bool IsEstablished
        {
            get
            {
                lock (driver.Sync)
                {
                    return established;
                }
            }
        }

        public string EndReason
        {
            get
            {
                lock (driver.Sync)
                {
                    return endReason;
                }
            }
        }

        public void Start(ISshTransport transport)
        {
            driver.Start(transport);
        }

        public bool WaitForEnd(int timeoutMilliseconds)
        {
            return driver.WaitForEnd(timeoutMilliseconds);
        }

        public void Hangup(string reason)
        {
            lock (driver.Sync)
            {
                if (endReason.Length == 0)
                {
                    endReason = reason;
                }
            }

            driver.Dispose();
        }

        public void Dispose()
        {
            driver.Dispose();
            connection.Dispose();
        }

        void ISshSessionListener.OnHostKeyVerified(string fingerprint)
        {
        }

        void ISshSessionListener.OnHostKeyMismatch(string expectedFingerprint, string actualFingerprint)
        {
        }

        void ISshSessionListener.OnTransportReady()
        {
        }

        void ISshSessionListener.OnBanner(string message)
        {
        }

        void ISshSessionListener.OnAuthenticated()
        {
            established = true;
        }

        void ISshSessionListener.OnAuthenticationFailed(string methodsThatCanContinue, bool partialSuccess)
        {
        }

        bool ISshSessionListener.OnConnectionMessage(byte[] payload, int offset, int count)
        {
            return false;
        }

        void ISshSessionListener.OnDisconnected(SshDisconnectReason reason, string description, bool fromPeer)
        {
            // Called under the driver's lock.
            if (endReason.Length == 0)
            {
                endReason = (fromPeer ? "the manager disconnected: " : "disconnected: ") + description;
            }
        }
    }
}
