using Callhome.AgentCore.Console;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Console
{
    /// <summary>Every class of bad input gets one error line, leaves the configuration alone, and the console
    /// answers the next command.</summary>
    [TestClass]
    public class ConsoleBadInputTests
    {
        [TestMethod]
        [DataRow("bogus", "error: unknown command 'bogus'")]
        [DataRow("set", "error: usage: set name NAME")]
        [DataRow("set name", "error: usage: set name NAME")]
        [DataRow("set colour red", "error: unknown setting 'colour'")]
        [DataRow("set manager", "error: usage")]
        [DataRow("set manager a:1 b:2", "error: usage: set manager")]
        [DataRow("set manager mgr", "error: invalid manager 'mgr'")]
        [DataRow("set manager mgr:", "error: invalid manager 'mgr:'")]
        [DataRow("set manager :22", "error: invalid manager ':22'")]
        [DataRow("set manager mgr:0", "error: invalid manager 'mgr:0'")]
        [DataRow("set manager mgr:65536", "error: invalid manager 'mgr:65536'")]
        [DataRow("set manager mgr:12a", "error: invalid manager 'mgr:12a'")]
        [DataRow("set manager fd00::1:22", "error: invalid manager 'fd00::1:22'")]
        [DataRow("set manager a:1,,b:2", "error: invalid manager ''")]
        [DataRow("set manager a:1,", "error: invalid manager ''")]
        [DataRow("set manager a:1,b:2,c:3,d:4,e:5", "error: at most 4 managers")]
        [DataRow("pin", "error: usage: pin manager-key")]
        [DataRow("pin host-key SHA256:1SpmwfgRXx/Sbw/M55HTmW/qG078NCi6YCochvAZq/g", "error: usage: pin manager-key")]
        [DataRow("pin manager-key MD5:aa:bb", "error: fingerprint must start with SHA256:")]
        [DataRow("pin manager-key SHA256:abc", "error: fingerprint must be SHA256: and 43 base64 characters, got 3")]
        [DataRow("pin manager-key SHA256:1SpmwfgRXx/Sbw/M55HTmW/qG078NCi6YCochvAZq/g=", "error: fingerprint must be SHA256: and 43 base64 characters, got 44")]
        [DataRow("pin manager-key SHA256:1SpmwfgRXx/Sbw/M55HTmW/qG078NCi6YCochvAZq-g", "error: fingerprint has a non-base64 character at position 49")]
        [DataRow("pin manager-key SHA256:1SpmwfgRXx/Sbw/M55HTmW/qG078NCi6YCochvAZq/h", "error: fingerprint is not a 32-byte SHA-256 digest")]
        [DataRow("set protocol ssh", "error: protocol is rfc8071")]
        [DataRow("set protocol", "error: usage")]
        [DataRow("set mode sometimes", "error: mode is persistent or periodic")]
        [DataRow("set period 59", "error: PeriodSeconds: 60 s to one week")]
        [DataRow("set period 1h", "error: PeriodSeconds")]
        [DataRow("set idle-timeout -1", "error: IdleTimeoutSeconds")]
        [DataRow("set reconnect 10", "error: reconnect is MIN-MAX")]
        [DataRow("set reconnect 10-5", "error: Reconnect: 1 <= min <= max")]
        [DataRow("set reconnect 0-5", "error: Reconnect: 1 <= min <= max")]
        [DataRow("set manager-user -root", "error: ManagerUserName")]
        [DataRow("set manager-user a/b", "error: ManagerUserName")]
        [DataRow("set period 60 70", "error: usage: set period VALUE")]
        [DataRow("show me", "error: usage: show")]
        [DataRow("status ups", "error: usage: status")]
        [DataRow("commit now", "error: usage: commit")]
        [DataRow("factory-reset please", "error: factory-reset erases")]
        public void RejectsWithOneErrorLineAndChangesNothing(string line, string error)
        {
            var harness = new ConsoleHarness(true);
            string reply = harness.Send(line + "\r\n");
            Assert.IsTrue(reply.StartsWith(error), reply);
            Assert.AreEqual(1, ConsoleHarness.Count(reply, "\r\n"), reply);
            Assert.IsTrue(reply.EndsWith("\r\ncallhome> "), reply);
            Assert.IsFalse(harness.Console.HasUncommittedChanges);
            Assert.AreEqual(0, harness.Commits);
            Assert.IsTrue(harness.Send("show\r\n").StartsWith("ok: configuration as committed"));
        }

        [TestMethod]
        public void AnInvalidNameIsRejected()
        {
            var harness = new ConsoleHarness(true);
            string tooLong = new string('n', 65);
            Assert.IsTrue(harness.Send("set name " + tooLong + "\r").StartsWith("error: DeviceName: 1-64 printable ASCII characters"));
            Assert.IsFalse(harness.Console.HasUncommittedChanges);
        }

        [TestMethod]
        public void BinaryGarbageIsDiscardedToTheEndOfTheLine()
        {
            var harness = new ConsoleHarness(true);
            byte[] garbage = { 0x00, 0xFF, 0x1B, (byte)'[', (byte)'A', 0x80, (byte)'s', (byte)'e', (byte)'t', 0x0D };
            string reply = harness.SendBytes(garbage);
            Assert.AreEqual("error: line held non-printable bytes; discarded\r\ncallhome> ", reply);
            Assert.IsTrue(harness.Send("show\r").StartsWith("ok: configuration as committed"));
        }

        [TestMethod]
        public void GarbageInTheMiddleOfACommandDiscardsTheWholeCommand()
        {
            var harness = new ConsoleHarness(true);
            byte[] line = { (byte)'s', (byte)'e', (byte)'t', (byte)' ', (byte)'n', (byte)'a', (byte)'m', (byte)'e', (byte)' ', 0x01, (byte)'x', 0x0A };
            Assert.IsTrue(harness.SendBytes(line).StartsWith("error: line held non-printable bytes"));
            Assert.IsFalse(harness.Console.HasUncommittedChanges);
        }

        [TestMethod]
        public void AnOverlongLineIsDiscardedWithOneErrorAndTheNextLineWorks()
        {
            var harness = new ConsoleHarness(true);
            string longLine = "set name " + new string('a', ConsoleLimits.MaxLineLength * 3);
            string reply = harness.Send(longLine + "\r\n");
            Assert.AreEqual("error: line longer than " + ConsoleLimits.MaxLineLength.ToString() + " characters; discarded\r\ncallhome> ", reply);
            Assert.IsFalse(harness.Console.HasUncommittedChanges);
            Assert.IsTrue(harness.Send("set name ok\r\n").StartsWith("ok: name ok"));
        }

        [TestMethod]
        public void ALineOfExactlyTheLimitIsAccepted()
        {
            var harness = new ConsoleHarness(true);
            string line = "set name x" + new string(' ', ConsoleLimits.MaxLineLength - 10);
            Assert.AreEqual(ConsoleLimits.MaxLineLength, line.Length);
            Assert.IsTrue(harness.Send(line + "\r").StartsWith("ok: name x (uncommitted)"));
        }

        [TestMethod]
        public void TheLongestValidManagerListFitsOneLine()
        {
            var harness = new ConsoleHarness(true);
            string host = new string('h', 253);
            string line = "set manager " + host + ":65535," + host + ":65535," + host + ":65535," + host + ":65535";
            Assert.IsTrue(line.Length <= ConsoleLimits.MaxLineLength);
            Assert.IsTrue(harness.Send(line + "\n").StartsWith("ok: manager "));
        }
    }
}
