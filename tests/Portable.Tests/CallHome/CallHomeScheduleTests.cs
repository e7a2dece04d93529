using Callhome.AgentCore.CallHome;
using Callhome.AgentCore.Config;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.CallHome
{
    /// <summary>Which endpoint is called next and after how long: attempts per endpoint, failover, the
    /// backoff between failed rounds, and the wait after a session in each connection type.</summary>
    [TestClass]
    public class CallHomeScheduleTests
    {
        private static DeviceConfig TwoManagers(CallHomeMode mode)
        {
            DeviceConfig config = new DeviceConfig();
            config.ManagerEndpoints = new ManagerEndpoint[] { new ManagerEndpoint("a", 4334), new ManagerEndpoint("b", 4334) };
            config.Mode = mode;
            config.ReconnectMinSeconds = 2;
            config.ReconnectMaxSeconds = 10;
            config.PeriodSeconds = 600;
            return config;
        }

        [TestMethod]
        public void TriesEachEndpointThreeTimesThenBacksOffDoublingToTheMaximum()
        {
            CallHomeSchedule schedule = new CallHomeSchedule(TwoManagers(CallHomeMode.Persistent), null);
            int[] expected = new int[] { 2000, 2000, 0, 2000, 2000, 2000 };
            string[] host = new string[] { "a", "a", "a", "b", "b", "b" };
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual(host[i], schedule.Next.Host, "call " + i.ToString());
                Assert.AreEqual(expected[i], schedule.Failed(), "wait after call " + i.ToString());
            }

            // Round two waits twice as long at its end, then four, then the cap.
            int[] roundEnds = new int[] { 4000, 8000, 10000, 10000 };
            for (int round = 0; round < roundEnds.Length; round++)
            {
                int last = 0;
                for (int call = 0; call < 6; call++)
                {
                    last = schedule.Failed();
                }

                Assert.AreEqual(roundEnds[round], last, "end of round " + (round + 2).ToString());
                Assert.AreEqual("a", schedule.Next.Host, "each round starts with the first-listed endpoint");
            }
        }

        [TestMethod]
        public void ASessionResetsTheBackoffAndPersistentCallsBackAfterTheMinimum()
        {
            CallHomeSchedule schedule = new CallHomeSchedule(TwoManagers(CallHomeMode.Persistent), null);
            for (int call = 0; call < 12; call++)
            {
                schedule.Failed();
            }

            schedule.Failed();
            schedule.Failed();
            schedule.Failed();
            Assert.AreEqual("b", schedule.Next.Host);
            schedule.Established();
            Assert.AreEqual(2000, schedule.Ended(5000000));
            Assert.AreEqual("a", schedule.Next.Host);

            for (int call = 0; call < 5; call++)
            {
                schedule.Failed();
            }

            Assert.AreEqual(2000, schedule.Failed(), "the backoff started over after the session");
        }

        [TestMethod]
        public void PeriodicCallsAgainOnePeriodAfterTheLastCallBegan()
        {
            CallHomeSchedule schedule = new CallHomeSchedule(TwoManagers(CallHomeMode.Periodic), null);
            schedule.Established();
            Assert.AreEqual(600000 - 45000, schedule.Ended(45000));
            Assert.AreEqual(0, schedule.Ended(700000), "a session longer than the period: call at once");
        }
    }
}
