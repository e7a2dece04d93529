using Callhome.AgentCore.CallHome;
using Callhome.Hal;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.CallHome
{
    [TestClass]
    public class ReconnectBackoffTests
    {
        [TestMethod]
        public void JitterShortensEachWaitByAtMostAQuarter()
        {
            ReconnectBackoff exact = new ReconnectBackoff(4, 64, null);
            ReconnectBackoff jittered = new ReconnectBackoff(4, 64, new FixedEntropy(0xff));
            for (int i = 0; i < 6; i++)
            {
                int full = exact.NextMilliseconds();
                int wait = jittered.NextMilliseconds();
                Assert.IsTrue(wait <= full && wait > full - (full / 4) - 1, "wait " + wait.ToString() + " of " + full.ToString());
                Assert.IsTrue(wait < full, "all-ones randomness takes nearly a quarter off");
            }

            ReconnectBackoff none = new ReconnectBackoff(4, 64, new FixedEntropy(0x00));
            Assert.AreEqual(4000, none.NextMilliseconds(), "zero randomness takes nothing off");
        }

        [TestMethod]
        public void DoublesUpToTheMaximumAndResets()
        {
            ReconnectBackoff backoff = new ReconnectBackoff(5, 600, null);
            int[] expected = new int[] { 5000, 10000, 20000, 40000, 80000, 160000, 320000, 600000, 600000 };
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual(expected[i], backoff.NextMilliseconds());
            }

            backoff.Reset();
            Assert.AreEqual(5000, backoff.NextMilliseconds());
        }

        private sealed class FixedEntropy : IEntropySource
        {
            private readonly byte value;

            public FixedEntropy(byte value)
            {
                this.value = value;
            }

            public void GetBytes(byte[] buffer, int offset, int count)
            {
                for (int i = 0; i < count; i++)
                {
                    buffer[offset + i] = value;
                }
            }
        }
    }
}
