using Callhome.Hal;

namespace Callhome.AgentCore.CallHome
{
    /// <summary>
    /// The wait between failed rounds of calls: the configured minimum, doubled after every round in which no
    /// endpoint answered, capped at the maximum; back to the minimum once a session was established. Each wait
    /// is shortened by up to a quarter at random so that a fleet of devices cut off by the same outage does not
    /// call back in lockstep when the manager returns.
    /// </summary>
    public sealed class ReconnectBackoff
    {
        private readonly int minMilliseconds;
        private readonly int maxMilliseconds;
        private readonly IEntropySource? entropy;
        private readonly byte[] random = new byte[2];
        private int current;

        /// <param name="entropy">source of the jitter; null for none (exact doubling).</param>
        public ReconnectBackoff(int minSeconds, int maxSeconds, IEntropySource? entropy)
        {
            minMilliseconds = minSeconds * 1000;
            maxMilliseconds = maxSeconds * 1000;
            this.entropy = entropy;
            current = minMilliseconds;
        }

        /// <summary>The next wait, then doubles the base for the one after.</summary>
        public int NextMilliseconds()
        {
            int wait = current;
            current = current > maxMilliseconds / 2 ? maxMilliseconds : current * 2;
            if (entropy == null || wait < 4)
            {
                return wait;
            }

            entropy.GetBytes(random, 0, 2);
            int fraction = (random[0] << 8) | random[1];
            return wait - (int)((long)(wait / 4) * fraction / 65536);
        }

        public void Reset()
        {
            current = minMilliseconds;
        }
    }
}
