using Callhome.AgentCore.Console;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Console
{
    /// <summary>CR, LF and CRLF each end one line; backspace edits; echo is what a terminal expects.</summary>
    [TestClass]
    public class LineEndingTests
    {
        [TestMethod]
        [DataRow("\r")]
        [DataRow("\n")]
        [DataRow("\r\n")]
        public void EachLineEndingEndsExactlyOneLine(string ending)
        {
            var harness = new ConsoleHarness(true);
            string reply = harness.Send("set name a" + ending + "set name b" + ending);
            Assert.AreEqual(2, ConsoleHarness.Count(reply, "callhome> "), reply);
            Assert.AreEqual("b", harness.Console.PendingConfig.DeviceName);
        }

        [TestMethod]
        public void LfCrIsTwoLineEndsAndTheEmptyLineOnlyPrompts()
        {
            var harness = new ConsoleHarness(true);
            string reply = harness.Send("show\n\r");
            Assert.AreEqual(2, ConsoleHarness.Count(reply, "callhome> "));
            Assert.AreEqual(0, ConsoleHarness.Count(reply, "error"));
        }

        [TestMethod]
        public void ACommandSplitAcrossFeedsIsOneLine()
        {
            var harness = new ConsoleHarness(true);
            Assert.AreEqual(string.Empty, harness.Send("set na"));
            Assert.IsTrue(harness.Send("me split\r").StartsWith("ok: name split"));
            Assert.AreEqual("split", harness.Console.PendingConfig.DeviceName);
        }

        [TestMethod]
        public void CrAndLfInSeparateFeedsStillEndOneLine()
        {
            var harness = new ConsoleHarness(true);
            harness.Send("set name z\r");
            Assert.AreEqual(string.Empty, harness.Send("\n"));
        }

        [TestMethod]
        [DataRow(8)]
        [DataRow(127)]
        public void BackspaceErasesTheLastCharacter(int erase)
        {
            var harness = new ConsoleHarness(true);
            byte[] line = { (byte)'s', (byte)'h', (byte)'x', (byte)erase, (byte)'o', (byte)'w', 13 };
            Assert.IsTrue(harness.SendBytes(line).StartsWith("ok: configuration as committed"));
        }

        [TestMethod]
        public void BackspaceOnAnEmptyLineIsHarmless()
        {
            var harness = new ConsoleHarness(true);
            byte[] line = { 8, 8, 127, (byte)'s', (byte)'h', (byte)'o', (byte)'w', 13 };
            Assert.IsTrue(harness.SendBytes(line).StartsWith("ok: configuration"));
        }

        [TestMethod]
        public void TabsAndRepeatedSpacesSeparateWords()
        {
            var harness = new ConsoleHarness(true);
            Assert.IsTrue(harness.Send("  set\tmanager   m:22  \r").StartsWith("ok: manager m:22"));
        }

        [TestMethod]
        public void EchoRepeatsTypedCharactersAndRendersBackspace()
        {
            var harness = new ConsoleHarness(true);
            harness.Console.Echo = true;
            byte[] line = { (byte)'s', (byte)'h', (byte)'x', 8, (byte)'o', (byte)'w', 13 };
            string reply = harness.SendBytes(line);
            Assert.IsTrue(reply.StartsWith("shx\b \bow\r\nok: configuration as committed"), reply);
        }

        [TestMethod]
        public void EchoDoesNotRepeatBinaryGarbage()
        {
            var harness = new ConsoleHarness(true);
            harness.Console.Echo = true;
            byte[] line = { (byte)'a', 0x01, (byte)'b', 13 };
            Assert.AreEqual("a\r\nerror: line held non-printable bytes; discarded\r\ncallhome> ", harness.SendBytes(line));
        }
    }
}
