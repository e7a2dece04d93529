using Callhome.AgentCore.Config;
using Callhome.Hal;

namespace Callhome.AgentCore.CallHome
{
    /// <summary>
    /// Which manager endpoint the device calls next, and how long it waits first. Shaped after the
    /// reconnect-strategy of ietf-netconf-server's call-home (RFC 9643) with its defaults: start with the
    /// first-listed endpoint, try each up to <see cref="MaxAttempts"/> times in a row, then the next one; a
    /// round in which none answered waits the exponential backoff (<see cref="ReconnectBackoff"/>) before the
    /// next round. After a session: persistent calls back after the minimum wait, periodic at the next period
    /// (RFC 8071 §4.1, "connection type"). Pure state: the caller does the waiting.
    /// </summary>
    public sealed class CallHomeSchedule
    {
        public const int MaxAttempts = 3;

        private readonly DeviceConfig config;
        private readonly ReconnectBackoff backoff;
        private int endpoint;
        private int attempts;

        public CallHomeSchedule(DeviceConfig config, IEntropySource? jitter)
        {
            this.config = config;
            backoff = new ReconnectBackoff(config.ReconnectMinSeconds, config.ReconnectMaxSeconds, jitter);
        }

        /// <summary>The endpoint of the next call.</summary>
        public ManagerEndpoint Next
        {
            get { return config.ManagerEndpoints[endpoint]; }
        }

        /// <summary>The call to <see cref="Next"/> failed before a session was established.</summary>
        /// <returns>milliseconds to wait before the next call.</returns>
        public int Failed()
        {
            attempts++;
            if (attempts < MaxAttempts)
            {
                return config.ReconnectMinSeconds * 1000;
            }

            attempts = 0;
            endpoint++;
            if (endpoint < config.ManagerEndpoints.Length)
            {
                return 0;
            }

            endpoint = 0;
            return backoff.NextMilliseconds();
        }

        /// <summary>A session was established with <see cref="Next"/>: the backoff starts over.</summary>
        public void Established()
        {
            attempts = 0;
            backoff.Reset();
        }

        /// <summary>An established session ended after lasting the given time.</summary>
        /// <returns>milliseconds to wait before the next call, which goes to the first-listed endpoint.</returns>
        public int Ended(long sessionMilliseconds)
        {
            endpoint = 0;
            attempts = 0;
            if (config.Mode == CallHomeMode.Persistent)
            {
                return config.ReconnectMinSeconds * 1000;
            }

            long wait = ((long)config.PeriodSeconds * 1000) - sessionMilliseconds;
            return wait < 0 ? 0 : (int)wait;
        }
    }
}
