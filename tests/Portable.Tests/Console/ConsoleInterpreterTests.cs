using Callhome.AgentCore.Config;
using Callhome.AgentCore.Console;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Console
{
    /// <summary>The provisioning console's commands, pending vs committed configuration, and the replies.</summary>
    [TestClass]
    public class ConsoleInterpreterTests
    {
        private const string Pin = "SHA256:1SpmwfgRXx/Sbw/M55HTmW/qG078NCi6YCochvAZq/g";

        [TestMethod]
        public void StartsWithABannerAndThePrompt()
        {
            var harness = new ConsoleHarness(true);
            string reply = harness.Send("\r");
            Assert.AreEqual("callhome> ", reply);
        }

        [TestMethod]
        public void HelpListsEveryCommand()
        {
            string reply = new ConsoleHarness(true).Send("help\r\n");
            string[] commands = { "show", "set name", "set manager", "pin manager-key", "keygen", "pubkey", "commit", "revert", "ping TOKEN", "factory-reset confirm", "reboot" };
            foreach (string command in commands)
            {
                Assert.IsTrue(reply.IndexOf(command) >= 0, command);
            }

            Assert.IsTrue(reply.EndsWith("callhome> "));
        }

        [TestMethod]
        public void SetChangesOnlyThePendingConfigurationUntilCommit()
        {
            var harness = new ConsoleHarness(true);
            Assert.IsTrue(harness.Send("set name pdu 7\r").StartsWith("ok: name pdu 7 (uncommitted)"));
            Assert.IsTrue(harness.Send("set manager mgr.example:4334,[fd00::1]:830\r").StartsWith("ok: manager mgr.example:4334,[fd00::1]:830"));
            Assert.IsTrue(harness.Send("pin manager-key " + Pin + "\r").StartsWith("ok: manager-key " + Pin));
            Assert.AreEqual("pdu 7", harness.Console.PendingConfig.DeviceName);
            Assert.AreEqual("callhome-device", harness.Console.CommittedConfig.DeviceName);
            Assert.AreEqual("callhome-device", harness.Reloaded().DeviceName);
            Assert.AreEqual(0, harness.Commits);
            Assert.IsTrue(harness.Console.HasUncommittedChanges);
        }

        [TestMethod]
        public void SetsHowTheDeviceCallsHomeAndShowsIt()
        {
            var harness = new ConsoleHarness(true);
            Assert.IsTrue(harness.Send("set protocol turn\r").StartsWith("ok: protocol turn (uncommitted)"));
            Assert.IsTrue(harness.Send("set manager-user netops\r").StartsWith("ok: manager-user netops (uncommitted)"));
            Assert.IsTrue(harness.Send("set mode periodic\r").StartsWith("ok: mode periodic (uncommitted)"));
            Assert.IsTrue(harness.Send("set period 900\r").StartsWith("ok: period 900"));
            Assert.IsTrue(harness.Send("set idle-timeout 0\r").StartsWith("ok: idle-timeout 0"));
            Assert.IsTrue(harness.Send("set reconnect 2-120\r").StartsWith("ok: reconnect 2-120"));
            string show = harness.Send("show\r");
            Assert.IsTrue(show.IndexOf("  protocol: turn [uncommitted]") >= 0, show);
            Assert.IsTrue(show.IndexOf("  manager-user: netops [uncommitted]") >= 0, show);
            Assert.IsTrue(show.IndexOf("  mode: periodic [uncommitted]") >= 0, show);
            Assert.IsTrue(show.IndexOf("  period: 900 s [uncommitted]") >= 0, show);
            Assert.IsTrue(show.IndexOf("  idle-timeout: 0 s [uncommitted]") >= 0, show);
            Assert.IsTrue(show.IndexOf("  reconnect: 2-120 s [uncommitted]") >= 0, show);
            Assert.IsTrue(harness.Send("commit\r").StartsWith("ok: committed"));
            Assert.AreEqual((int)CallHomeProtocol.Turn, (int)harness.Console.CommittedConfig.Protocol);
            Assert.AreEqual("netops", harness.Console.CommittedConfig.ManagerUserName);
            Assert.AreEqual(120, harness.Console.CommittedConfig.ReconnectMaxSeconds);
        }

        [TestMethod]
        public void TheCommittedEventSeesTheNewConfiguration()
        {
            // The call-home loop restarts from the event with CommittedConfig: it must already be the new one.
            var harness = new ConsoleHarness(true);
            string seen = string.Empty;
            harness.Console.Committed += console => seen = console.CommittedConfig.DeviceName;
            harness.Send("set name pdu-9\r");
            harness.Send("commit\r");
            Assert.AreEqual("pdu-9", seen);
            harness.Send("factory-reset confirm\r");
            Assert.AreEqual("callhome-device", seen);
        }

        [TestMethod]
        public void ShowMarksUncommittedFieldsAndThenClearsTheMarksAfterCommit()
        {
            var harness = new ConsoleHarness(true);
            harness.Send("set name ups-1\r");
            string before = harness.Send("show\r");
            Assert.IsTrue(before.IndexOf("ok: uncommitted changes") >= 0);
            Assert.IsTrue(before.IndexOf("name: ups-1 [uncommitted]") >= 0);
            Assert.IsTrue(before.IndexOf("manager: (none)\r\n") >= 0);
            Assert.AreEqual(1, ConsoleHarness.Count(before, "[uncommitted]"));

            Assert.IsTrue(harness.Send("commit\r").StartsWith("ok: committed (sequence 1)"));
            string after = harness.Send("show\r");
            Assert.IsTrue(after.IndexOf("ok: configuration as committed") >= 0);
            Assert.AreEqual(0, ConsoleHarness.Count(after, "[uncommitted]"));
        }

        [TestMethod]
        public void CommitWritesThroughTheConfigStoreAndSurvivesAReboot()
        {
            var harness = new ConsoleHarness(true);
            harness.Send("set name printer-3f\rset manager mgr:4334\rpin manager-key " + Pin + "\rcommit\r");
            DeviceConfig stored = harness.Reloaded();
            Assert.AreEqual("printer-3f", stored.DeviceName);
            Assert.AreEqual(1, stored.ManagerEndpoints.Length);
            Assert.AreEqual("mgr:4334", stored.ManagerEndpoints[0].ToString());
            Assert.AreEqual(Pin, stored.ManagerHostKeyFingerprint);
            Assert.AreEqual(1, harness.Commits);
            Assert.IsFalse(harness.Console.HasUncommittedChanges);
        }

        [TestMethod]
        public void CommitWithNothingPendingWritesNothing()
        {
            var harness = new ConsoleHarness(true);
            Assert.IsTrue(harness.Send("commit\r").StartsWith("ok: nothing to commit"));
            Assert.AreEqual(0, harness.Commits);
        }

        [TestMethod]
        public void ShowNeverPrintsTheDeviceKeySecret()
        {
            var harness = new ConsoleHarness(true);
            byte[] seed = new byte[32];
            harness.Keys.Read("device-ed25519", seed, 0, 32);
            string show = harness.Send("show\rpubkey\r");
            string seedBase64 = System.Convert.ToBase64String(seed);
            Assert.IsTrue(show.IndexOf(seedBase64.Substring(0, 16)) < 0);
            Assert.IsTrue(show.IndexOf("device-key: SHA256:") >= 0);
        }

        [TestMethod]
        public void PubkeyPrintsTheAuthorizedKeysLineAndTheFingerprintShowAgrees()
        {
            var harness = new ConsoleHarness(true);
            string pubkey = harness.Send("pubkey\r");
            Assert.IsTrue(pubkey.StartsWith("ok: device key\r\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"));
            Assert.IsTrue(pubkey.IndexOf(" callhome-device\r\n") >= 0);
            int at = pubkey.IndexOf("fingerprint: ");
            string fingerprint = pubkey.Substring(at + 13, 50);
            Assert.AreEqual(string.Empty, ConsoleWords.CheckFingerprint(fingerprint));
            Assert.IsTrue(harness.Send("show\r").IndexOf("device-key: " + fingerprint) >= 0);
        }

        [TestMethod]
        public void KeygenCreatesAKeyOnlyWhenThereIsNone()
        {
            var harness = new ConsoleHarness(false);
            Assert.IsTrue(harness.Send("pubkey\r").StartsWith("error: no device key; type keygen"));
            Assert.IsTrue(harness.Send("keygen\r").StartsWith("ok: created a new Ed25519 device key\r\nfingerprint: SHA256:"));
            Assert.AreEqual(1, harness.Keys.Writes);
            string again = harness.Send("keygen\r");
            Assert.IsTrue(again.StartsWith("ok: device key exists and was not replaced"));
            Assert.AreEqual(1, harness.Keys.Writes);
        }

        [TestMethod]
        public void KeygenRefusesACorruptKeySlotInsteadOfReplacingIt()
        {
            var harness = new ConsoleHarness(false);
            harness.Keys.Write("device-ed25519", new byte[5], 0, 5);
            string reply = harness.Send("keygen\r");
            Assert.IsTrue(reply.StartsWith("error: key slot device-ed25519 holds 5 bytes"));
            Assert.AreEqual(1, harness.Keys.Writes);
        }

        [TestMethod]
        public void FactoryResetNeedsConfirmation()
        {
            var harness = new ConsoleHarness(true);
            harness.Send("set name x1\rcommit\r");
            string reply = harness.Send("factory-reset\r");
            Assert.IsTrue(reply.StartsWith("error: factory-reset erases"));
            Assert.AreEqual("x1", harness.Reloaded().DeviceName);
            Assert.IsTrue(harness.Send("pubkey\r").StartsWith("ok"));
        }

        [TestMethod]
        public void FactoryResetConfirmCommitsDefaultsAndErasesTheKey()
        {
            var harness = new ConsoleHarness(true);
            harness.Send("set name x1\rcommit\rset manager m:1\r");
            Assert.IsTrue(harness.Send("factory-reset confirm\r").StartsWith("ok: factory defaults committed and device key erased"));
            Assert.AreEqual("callhome-device", harness.Reloaded().DeviceName);
            Assert.AreEqual(0, harness.Console.PendingConfig.ManagerEndpoints.Length);
            Assert.AreEqual(-1, harness.Keys.Read("device-ed25519", new byte[32], 0, 32));
            Assert.IsTrue(harness.Send("pubkey\r").StartsWith("error: no device key"));
        }

        [TestMethod]
        public void RebootRaisesTheEventAndSaysWhetherEditsAreLost()
        {
            var harness = new ConsoleHarness(true);
            Assert.IsTrue(harness.Send("reboot\r").StartsWith("ok: rebooting\r\n"));
            harness.Send("set name lost\r");
            Assert.IsTrue(harness.Send("reboot\r").StartsWith("ok: rebooting; uncommitted changes are discarded"));
            Assert.AreEqual(2, harness.Reboots);
        }

        [TestMethod]
        public void RevertDiscardsUncommittedChangesOnly()
        {
            var harness = new ConsoleHarness(true);
            harness.Send("set name kept\rcommit\rset name dropped\r");
            Assert.IsTrue(harness.Send("revert\r").StartsWith("ok: uncommitted changes discarded"));
            Assert.AreEqual("kept", harness.Console.PendingConfig.DeviceName);
            Assert.IsTrue(harness.Send("revert\r").StartsWith("ok: nothing to revert"));
        }

        [TestMethod]
        public void PingEchoesTheTokenForToolsToSynchronizeOn()
        {
            var harness = new ConsoleHarness(true);
            Assert.AreEqual("ok: pong 5f3a\r\ncallhome> ", harness.Send("ping 5f3a\r"));
            Assert.IsTrue(harness.Send("ping\r").StartsWith("error: usage: ping TOKEN"));
        }
    }
}
