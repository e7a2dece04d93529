using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Kex;
using Callhome.AgentCore.Ssh.Messages;
using Callhome.AgentCore.Ssh.Transport;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Ssh
{
    /// <summary>RFC 4253 §7.1: the first algorithm on the client's list that the server supports wins.</summary>
    [TestClass]
    public class NegotiationTests
    {
        [TestMethod]
        [DataRow("a,b,c", "c,b", "b")]
        [DataRow("a,b,c", "c,b,a", "a")]
        [DataRow("a", "b", "")]
        [DataRow("aes128-ctr", "aes128-ctr-x,aes128-ct", "")]
        [DataRow("", "a", "")]
        [DataRow("a,,b", "b", "b")]
        public void FirstCommonFollowsClientOrder(string client, string server, string expected)
        {
            string? chosen = NameList.FirstCommon(client, server);
            Assert.AreEqual(expected, chosen == null ? string.Empty : chosen);
        }

        [TestMethod]
        public void ChoosesClientPreferredCipherAndMac()
        {
            KexInitMessage client = Init("curve25519-sha256,ext-info-c,kex-strict-c-v00@openssh.com", "aes256-ctr,aes128-ctr", "hmac-sha2-512,hmac-sha2-256");
            KexInitMessage server = Init("sntrup761x25519-sha512@openssh.com,curve25519-sha256,kex-strict-s-v00@openssh.com",
                "chacha20-poly1305@openssh.com,aes128-ctr,aes256-ctr", "hmac-sha2-256,hmac-sha2-512");
            NegotiatedAlgorithms chosen = NegotiatedAlgorithms.Negotiate(client, server);
            Assert.AreEqual("curve25519-sha256", chosen.Kex.Name);
            Assert.AreEqual("aes256-ctr", chosen.EncryptionClientToServer.Name);
            Assert.AreEqual("hmac-sha2-512", chosen.MacClientToServer!.Name);
            Assert.IsFalse(chosen.EncryptionClientToServer.IsAead);
        }

        [TestMethod]
        public void AeadCipherNeedsNoCommonMac()
        {
            KexInitMessage client = Init("curve25519-sha256", "chacha20-poly1305@openssh.com", "hmac-sha2-256");
            KexInitMessage server = Init("curve25519-sha256@libssh.org,curve25519-sha256", "chacha20-poly1305@openssh.com", "umac-64@openssh.com");
            NegotiatedAlgorithms chosen = NegotiatedAlgorithms.Negotiate(client, server);
            Assert.IsNull(chosen.MacClientToServer, "no MAC with an AEAD cipher");
            Assert.IsNull(chosen.MacServerToClient);
        }

        [TestMethod]
        [DataRow("curve25519-sha256", "aes128-ctr", "hmac-sha2-256", "diffie-hellman-group14-sha256", "aes128-ctr", "hmac-sha2-256", "key exchange")]
        [DataRow("curve25519-sha256", "aes128-ctr", "hmac-sha2-256", "curve25519-sha256", "aes192-ctr", "hmac-sha2-256", "cipher")]
        [DataRow("curve25519-sha256", "aes128-ctr", "hmac-sha2-256", "curve25519-sha256", "aes128-ctr", "hmac-sha1", "MAC")]
        [DataRow("curve25519-sha256,ext-info-c", "aes128-ctr", "hmac-sha2-256", "ext-info-c", "aes128-ctr", "hmac-sha2-256", "key exchange")]
        public void FailsWithoutCommonAlgorithm(string clientKex, string clientCipher, string clientMac,
            string serverKex, string serverCipher, string serverMac, string what)
        {
            string message = "(no exception)";
            SshDisconnectReason reason = SshDisconnectReason.None;
            try
            {
                NegotiatedAlgorithms.Negotiate(Init(clientKex, clientCipher, clientMac), Init(serverKex, serverCipher, serverMac));
            }
            catch (SshProtocolException e)
            {
                message = e.Message;
                reason = e.Reason;
            }

            Assert.AreEqual((int)SshDisconnectReason.KeyExchangeFailed, (int)reason);
            Assert.Contains("no common " + what, message);
        }

        private static KexInitMessage Init(string kex, string cipher, string mac)
        {
            KexInitMessage init = new KexInitMessage();
            init.KexAlgorithms = kex;
            init.ServerHostKeyAlgorithms = "ssh-ed25519";
            init.EncryptionClientToServer = cipher;
            init.EncryptionServerToClient = cipher;
            init.MacClientToServer = mac;
            init.MacServerToClient = mac;
            init.CompressionClientToServer = "none";
            init.CompressionServerToClient = "none";
            return init;
        }
    }
}
