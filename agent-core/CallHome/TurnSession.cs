using System.Threading;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Netconf.Transport;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Client;
using Callhome.Hal;

namespace Callhome.AgentCore.CallHome
{
    /// <summary>
    /// The call-home draft's mode (§7) on a connection the device dialled: the device is the SSH client, checks
    /// the manager's host key against its pinned fingerprint, authenticates with its device key, opens
    /// `netconf-turn` and serves NETCONF on that channel until the manager closes it.
    /// </summary>
    public sealed class TurnSession : ICallHomeSession
    {
        /// <summary>Handshake, authentication and the channel's opening together.</summary>
        public const int ConnectTimeoutMilliseconds = 30000;

        private readonly NetconfServer server;
        private readonly SshClient client;
        private readonly ManualResetEvent ended = new ManualResetEvent(false);
        private readonly object sync = new object();
        private ISshTransport? transport;
        private string endReason = string.Empty;
        private bool established;

        public TurnSession(NetconfServer server, string userName, string managerHostKeyFingerprint, ICryptoSuite suite,
            IEntropySource entropy, IMonotonicClock clock, DeviceIdentity deviceKey)
        {
            this.server = server;
            client = new SshClient(new SshSessionConfig(userName, managerHostKeyFingerprint), suite, entropy, clock, deviceKey);
        }

        public bool IsEstablished
        {
            get
            {
                lock (sync)
                {
                    return established;
                }
            }
        }

        public string EndReason
        {
            get
            {
                lock (sync)
                {
                    return endReason;
                }
            }
        }

        public void Start(ISshTransport transport)
        {
            this.transport = transport;
            new Thread(Run).Start();
        }

        public bool WaitForEnd(int timeoutMilliseconds)
        {
            return ended.WaitOne(timeoutMilliseconds, false);
        }

        public void Hangup(string reason)
        {
            End(reason);

            // Closing the stream ends a handshake in progress and a channel read alike.
            transport!.Close();
            client.Dispose();
        }

        public void Dispose()
        {
            client.Dispose();
        }

        private void Run()
        {
            try
            {
                client.Connect(transport!, ConnectTimeoutMilliseconds);
                lock (sync)
                {
                    established = true;
                }

                string closed = NetconfOverChannel.ServeTurn(server, client, ConnectTimeoutMilliseconds);
                End("NETCONF session ended: " + closed);
            }
            catch (SshConnectionException e)
            {
                End("SSH: " + e.Message);
            }
            catch (System.ObjectDisposedException)
            {
                End("hung up");
            }
            finally
            {
                client.Dispose();
                ended.Set();
            }
        }

        private void End(string reason)
        {
            lock (sync)
            {
                if (endReason.Length == 0)
                {
                    endReason = reason;
                }
            }
        }
    }
}
