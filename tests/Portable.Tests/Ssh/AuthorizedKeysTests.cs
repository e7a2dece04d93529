using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh.Auth;
using Callhome.Portable.Tests.Crypto;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Ssh
{
    [TestClass]
    public class AuthorizedKeysTests
    {
        [TestMethod]
        public void ParsesEd25519LinesAndSkipsTheRest()
        {
            byte[] a = Key();
            byte[] b = Key();
            byte[] unlisted = Key();
            string text = "# comment\r\n\n   \n"
                + SshPublicKeyFormat.AuthorizedKeysLine(a, "alice@host") + "\r\n"
                + "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ== rsa@host\n"
                + "ecdsa-sha2-nistp256 AAAAE2VjZHNh nist@host\n"
                + "\t" + SshPublicKeyFormat.AuthorizedKeysLine(b, string.Empty);
            AuthorizedKeys keys = AuthorizedKeys.Parse(text);
            Assert.AreEqual(2, keys.Count);
            Assert.AreEqual(0, keys.RefusedLines);
            Assert.IsTrue(keys.Contains(a, 0, a.Length));
            Assert.IsTrue(keys.Contains(b, 0, b.Length));
            Assert.IsFalse(keys.Contains(unlisted, 0, unlisted.Length));
            Assert.IsFalse(keys.Contains(a, 0, a.Length - 1), "a prefix is not the key");
        }

        [TestMethod]
        public void RefusesLinesWithOptionsAndMalformedKeys()
        {
            byte[] a = Key();
            string text = "from=\"10.0.0.1\" " + SshPublicKeyFormat.AuthorizedKeysLine(a, "restricted") + "\n"
                + "command=\"x\",no-pty " + SshPublicKeyFormat.AuthorizedKeysLine(a, "forced") + "\n"
                + "ssh-ed25519 not-base64!! broken\n"
                + "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5 short\n";
            AuthorizedKeys keys = AuthorizedKeys.Parse(text);
            Assert.AreEqual(0, keys.Count);
            Assert.AreEqual(4, keys.RefusedLines);
            Assert.IsFalse(keys.Contains(a, 0, a.Length));
        }

        [TestMethod]
        public void AcceptsTheKeyWhoseFingerprintIsPinned()
        {
            // RFC 8071 mode: the device knows its manager only by the fingerprint it was provisioned with.
            byte[] manager = Key();
            byte[] other = Key();
            AuthorizedKeys keys = new AuthorizedKeys();
            keys.AddFingerprint(SshPublicKeyFormat.Sha256Fingerprint(manager, SuiteUnderTest.Suite), SuiteUnderTest.Suite);
            byte[] framed = new byte[manager.Length + 3];
            System.Array.Copy(manager, 0, framed, 2, manager.Length);
            Assert.AreEqual(1, keys.Count);
            Assert.IsTrue(keys.Contains(manager, 0, manager.Length));
            Assert.IsTrue(keys.Contains(framed, 2, manager.Length), "found at an offset");
            Assert.IsFalse(keys.Contains(other, 0, other.Length));
            Assert.IsFalse(keys.Contains(framed, 1, manager.Length), "shifted by one byte");
        }

        private static byte[] Key()
        {
            return DeviceIdentity.LoadOrCreate(new OneSlotKeyStore(), SuiteUnderTest.Suite).PublicKeyBlob();
        }
    }
}
