using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Kex;
using Callhome.AgentCore.Ssh.Transport;
using Callhome.Portable.Tests.Crypto;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Ssh
{
    /// <summary>RFC 8731 §3: both sides agree on K, and an all-zero X25519 result (a small-order peer point)
    /// or a peer value of the wrong size aborts the exchange.</summary>
    [TestClass]
    public class Curve25519Tests
    {
        [TestMethod]
        public void BothSidesDeriveTheSameSecret()
        {
            using (IKeyExchangeMethod client = Curve25519Sha256.Create(SuiteUnderTest.Suite))
            using (IKeyExchangeMethod server = Curve25519Sha256.Create(SuiteUnderTest.Suite))
            {
                byte[] a = client.ComputeSharedSecret(server.PublicKey);
                byte[] b = server.ComputeSharedSecret(client.PublicKey);
                Assert.AreEqual(AgentCore.Crypto.Hex.Encode(a), AgentCore.Crypto.Hex.Encode(b));
            }
        }

        [TestMethod]
        [DataRow("0000000000000000000000000000000000000000000000000000000000000000", "zero point")]
        [DataRow("0100000000000000000000000000000000000000000000000000000000000000", "order-1 point")]
        [DataRow("00", "1 byte")]
        [DataRow("000000000000000000000000000000000000000000000000000000000000000000", "33 bytes")]
        public void RefusesPeerValue(string hex, string what)
        {
            using (IKeyExchangeMethod method = Curve25519Sha256.Create(SuiteUnderTest.Suite))
            {
                SshDisconnectReason reason = SshDisconnectReason.None;
                try
                {
                    method.ComputeSharedSecret(AgentCore.Crypto.Hex.Decode(hex));
                }
                catch (SshProtocolException e)
                {
                    reason = e.Reason;
                }

                Assert.AreEqual((int)SshDisconnectReason.KeyExchangeFailed, (int)reason, what);
            }
        }
    }
}
