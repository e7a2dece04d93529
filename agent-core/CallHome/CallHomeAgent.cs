using System;
using System.Threading;
using Callhome.AgentCore.Config;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Ssh.Client;
using Callhome.Hal;

namespace Callhome.AgentCore.CallHome
{
    /// <summary>
    /// The device's call-home loop, on a thread of its own: dial the next endpoint of the provisioned
    /// configuration, run the configured protocol on the connection (<see cref="Rfc8071Session"/> or
    /// <see cref="TurnSession"/>), watch the session (authenticated in time; in periodic mode, hang up when
    /// no rpc came for the idle timeout), then wait as <see cref="CallHomeSchedule"/> says and call again.
    /// The device never calls without a pinned manager key: the key is the manager's identity in both modes.
    /// </summary>
    public sealed class CallHomeAgent : IDisposable
    {
        public const int DialTimeoutMilliseconds = 10000;

        /// <summary>A backstop over the SSH layer's own phase deadlines.</summary>
        public const int EstablishTimeoutMilliseconds = 60000;

        private const int WatchMilliseconds = 500;

        private readonly DeviceConfig config;
        private readonly NetconfServer server;
        private readonly IManagerDialer dialer;
        private readonly ICryptoSuite suite;
        private readonly IEntropySource entropy;
        private readonly IMonotonicClock clock;
        private readonly DeviceIdentity identity;
        private readonly ICallHomeLog log;
        private readonly CallHomeSchedule schedule;
        private readonly ManualResetEvent stop = new ManualResetEvent(false);
        private readonly object sync = new object();
        private Thread? thread;
        private ICallHomeSession? current;
        private bool stopping;

        public CallHomeAgent(DeviceConfig config, NetconfServer server, IManagerDialer dialer, ICryptoSuite suite,
            IEntropySource entropy, IMonotonicClock clock, DeviceIdentity identity, ICallHomeLog log)
        {
            this.config = config.Copy();
            this.server = server;
            this.dialer = dialer;
            this.suite = suite;
            this.entropy = entropy;
            this.clock = clock;
            this.identity = identity;
            this.log = log;
            schedule = new CallHomeSchedule(this.config, entropy);
        }

        /// <summary>Connections opened (dial succeeded), whether or not a session followed.</summary>
        public int Calls { get; private set; }

        /// <summary>Sessions that reached authentication.</summary>
        public int Sessions { get; private set; }

        /// <summary>Why the configuration does not allow calling home, or null when it does.</summary>
        public static string? WhyNotCalling(DeviceConfig config)
        {
            if (config.ManagerEndpoints.Length == 0)
            {
                return "no manager endpoint configured (set manager HOST:PORT)";
            }

            if (config.ManagerHostKeyFingerprint.Length == 0)
            {
                return "no manager key pinned (pin manager-key SHA256:...)";
            }

            return null;
        }

        /// <returns>false, having logged why, when the configuration does not allow calling home.</returns>
        public bool Start()
        {
            string? why = WhyNotCalling(config);
            if (why != null)
            {
                log.Line("not calling home: " + why);
                return false;
            }

            thread = new Thread(Run);
            thread.Start();
            return true;
        }

        /// <summary>Hangs up the current call, if any, and ends the loop.</summary>
        public void Stop()
        {
            ICallHomeSession? session;
            lock (sync)
            {
                stopping = true;
                session = current;
            }

            stop.Set();
            if (session != null)
            {
                session.Hangup("the device is stopping");
            }

            if (thread != null)
            {
                thread.Join();
            }
        }

        public void Dispose()
        {
            Stop();
        }

        private void Run()
        {
            int wait = 0;
            while (!stop.WaitOne(wait, false))
            {
                ManagerEndpoint endpoint = schedule.Next;
                string protocol = config.Protocol == CallHomeProtocol.Turn ? "turn" : "rfc8071";
                log.Line("calling " + endpoint.ToString() + " (" + protocol + ")");
                string error;
                ISshTransport? transport = dialer.Dial(endpoint.Host, endpoint.Port, DialTimeoutMilliseconds, out error);
                if (transport == null)
                {
                    wait = schedule.Failed();
                    log.Line("call to " + endpoint.ToString() + " failed: " + error + "; next call in " + Seconds(wait));
                    continue;
                }

                Calls++;
                ICallHomeSession session = CreateSession();
                lock (sync)
                {
                    if (stopping)
                    {
                        transport.Close();
                        return;
                    }

                    current = session;
                }

                long started = clock.ElapsedMilliseconds;
                session.Start(transport);
                bool established = Watch(session, endpoint, started);
                lock (sync)
                {
                    current = null;
                }

                session.Dispose();

                if (established)
                {
                    wait = schedule.Ended(clock.ElapsedMilliseconds - started);
                    log.Line("session with " + endpoint.ToString() + " ended: " + session.EndReason + "; next call in " + Seconds(wait));
                }
                else
                {
                    wait = schedule.Failed();
                    log.Line("call to " + endpoint.ToString() + " failed: " + session.EndReason + "; next call in " + Seconds(wait));
                }
            }
        }

        /// <summary>Runs the session until it ends; true when it was established.</summary>
        private bool Watch(ICallHomeSession session, ManagerEndpoint endpoint, long started)
        {
            bool established = false;
            int rpcs = server.RpcCount;
            long lastRpc = started;
            long idleLimit = config.Mode == CallHomeMode.Periodic ? (long)config.IdleTimeoutSeconds * 1000 : 0;
            while (true)
            {
                bool ended = session.WaitForEnd(WatchMilliseconds);
                long now = clock.ElapsedMilliseconds;
                if (!established && session.IsEstablished)
                {
                    established = true;
                    Sessions++;
                    schedule.Established();
                    log.Line("connected to " + endpoint.ToString() + "; manager authenticated");
                }

                if (ended)
                {
                    return established;
                }

                if (!established && now - started > EstablishTimeoutMilliseconds)
                {
                    session.Hangup("no authenticated session within " + Seconds(EstablishTimeoutMilliseconds));
                    continue;
                }

                int seen = server.RpcCount;
                if (seen != rpcs)
                {
                    rpcs = seen;
                    lastRpc = now;
                }
                else if (established && idleLimit > 0 && now - lastRpc >= idleLimit)
                {
                    // Periodic mode: the manager has had its chance; free the line until the next period.
                    session.Hangup("idle for " + config.IdleTimeoutSeconds.ToString() + " s");
                }
            }
        }

        private ICallHomeSession CreateSession()
        {
            if (config.Protocol == CallHomeProtocol.Turn)
            {
                return new TurnSession(server, config.ManagerUserName, config.ManagerHostKeyFingerprint, suite, entropy, clock, identity);
            }

            return new Rfc8071Session(server, config.ManagerHostKeyFingerprint, suite, entropy, clock, identity);
        }

        private static string Seconds(int milliseconds)
        {
            return ((milliseconds + 999) / 1000).ToString() + " s";
        }
    }
}
