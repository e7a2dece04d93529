using Callhome.AgentCore.Console;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Console
{
    /// <summary>`status` prints the board's device model through <see cref="IDeviceStatus"/>, or says there is none.</summary>
    [TestClass]
    public class ConsoleStatusTests
    {
        [TestMethod]
        public void StatusPrintsTheDeviceLinesAfterAnOkLine()
        {
            var harness = new ConsoleHarness(false);
            harness.Console.DeviceStatus = new FixedStatus();
            string reply = harness.Send("status\r\n");
            Assert.AreEqual("ok: device status\r\nups: output battery\r\n  battery: -2.2 A\r\ncallhome> ", reply);
            Assert.AreEqual(0, harness.Commits);
        }

        [TestMethod]
        public void StatusWithoutADeviceModelIsAnError()
        {
            var harness = new ConsoleHarness(false);
            string reply = harness.Send("status\r\n");
            Assert.AreEqual("error: this board runs no device model\r\ncallhome> ", reply);
            Assert.IsTrue(harness.Send("show\r\n").StartsWith("ok: configuration as committed"));
        }

        [TestMethod]
        [DataRow(0, "0.0")]
        [DataRow(5, "0.5")]
        [DataRow(-5, "-0.5")]
        [DataRow(123, "12.3")]
        [DataRow(-22, "-2.2")]
        [DataRow(-2147483648, "-214748364.8")]
        public void TenthsAreWrittenWithOneDecimal(int value, string text)
        {
            Assert.AreEqual(text, StatusLines.Tenths(value));
        }

        private sealed class FixedStatus : IDeviceStatus
        {
            public void WriteStatus(StatusLines lines)
            {
                lines.Add("ups: output battery");
                lines.Add("  battery: " + StatusLines.Tenths(-22) + " A");
            }
        }
    }
}
