using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Transport;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Ssh
{
    /// <summary>RFC 4253 §4.2 identification lines and §5.1 compatibility.</summary>
    [TestClass]
    public class IdentificationParserTests
    {
        [TestMethod]
        [DataRow("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n", "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3")]
        [DataRow("SSH-2.0-dropbear_2022.83\r\n", "SSH-2.0-dropbear_2022.83")]
        [DataRow("SSH-1.99-Compat_1\r\n", "SSH-1.99-Compat_1")]
        [DataRow("SSH-2.0-bare_lf\n", "SSH-2.0-bare_lf")]
        [DataRow("Welcome\r\nsecond line\r\nSSH-2.0-After_Lines\r\n", "SSH-2.0-After_Lines")]
        public void AcceptsVersion(string input, string expected)
        {
            IdentificationParser parser = new IdentificationParser(255, 32);
            byte[] bytes = Ascii.Bytes(input + "rest");
            int used = parser.Feed(bytes, 0, bytes.Length);
            Assert.IsTrue(parser.IsComplete, "complete");
            Assert.AreEqual(expected, parser.Version);
            Assert.AreEqual(bytes.Length - 4, used, "stops right after the line feed");
        }

        [TestMethod]
        public void AcceptsVersionFedOneByteAtATime()
        {
            IdentificationParser parser = new IdentificationParser(255, 32);
            byte[] bytes = Ascii.Bytes("banner\r\nSSH-2.0-Slow\r\n");
            for (int i = 0; i < bytes.Length; i++)
            {
                Assert.IsFalse(parser.IsComplete, "not complete before byte " + i);
                Assert.AreEqual(1, parser.Feed(bytes, i, 1));
            }

            Assert.AreEqual("SSH-2.0-Slow", parser.Version);
        }

        [TestMethod]
        [DataRow("SSH-1.5-Old\r\n", 8)]
        [DataRow("SSH-3.0-Future\r\n", 8)]
        [DataRow("SSH-2.0\r\n", 8)]
        public void RejectsVersion(string input, int reason)
        {
            ExpectFailure(input, 255, 32, (SshDisconnectReason)reason);
        }

        [TestMethod]
        public void RejectsOverlongLine()
        {
            string line = "SSH-2.0-";
            while (line.Length < 254)
            {
                line += "x";
            }

            ExpectFailure(line + "\r\n", 255, 32, SshDisconnectReason.ProtocolError);
        }

        [TestMethod]
        public void AcceptsLineOfExactlyTheLimit()
        {
            string line = "SSH-2.0-";
            while (line.Length < 253)
            {
                line += "x";
            }

            IdentificationParser parser = new IdentificationParser(255, 32);
            byte[] bytes = Ascii.Bytes(line + "\r\n");
            parser.Feed(bytes, 0, bytes.Length);
            Assert.IsTrue(parser.IsComplete, "253 characters + CR LF = 255 bytes is allowed");
        }

        [TestMethod]
        public void RejectsTooManyLinesBeforeVersion()
        {
            ExpectFailure("a\r\nb\r\nc\r\nSSH-2.0-Late\r\n", 255, 2, SshDisconnectReason.ProtocolError);
        }

        private static void ExpectFailure(string input, int maxLine, int maxLines, SshDisconnectReason reason)
        {
            IdentificationParser parser = new IdentificationParser(maxLine, maxLines);
            byte[] bytes = Ascii.Bytes(input);
            SshDisconnectReason caught = SshDisconnectReason.None;
            try
            {
                parser.Feed(bytes, 0, bytes.Length);
            }
            catch (SshProtocolException e)
            {
                caught = e.Reason;
            }

            Assert.AreEqual((int)reason, (int)caught, "reason for " + input);
            Assert.IsFalse(parser.IsComplete, "not complete");
        }
    }
}
