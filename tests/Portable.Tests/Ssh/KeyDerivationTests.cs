using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Ssh.Kex;
using Callhome.Portable.Tests.Crypto;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Ssh
{
    /// <summary>RFC 4253 §7.2 derivation, vectors computed independently with Python's hashlib (K as mpint,
    /// extension by HASH(K || H || K1) for keys longer than one hash).</summary>
    [TestClass]
    public class KeyDerivationTests
    {
        private const string ExchangeHash = "7bde03b6174b06ac22d902ada587e02f46b15e82e96fcc34d951b86efe0642f8";

        [TestMethod]
        [DataRow("0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20", "C", 64,
            "e49cd793242b1ad29c362554962a919bc1700086f3dfec595fdaf34526a8d16436b90711597ee008ef2083e194f2cadf84c97385ed43f6293c46bbfdca9eb701")]
        [DataRow("8000000000000000000000000000000000000000000000000000000000000000", "A", 16, "225c5222080f7141e39f4e31ae22e80f")]
        [DataRow("0000030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20", "E", 32, "a4b5d586fb1393b061e94dd21f0189f327f787f073e5e3d2f3f73644c29c059d")]
        public void DerivesKey(string secretHex, string letter, int length, string expectedHex)
        {
            byte[] h = Hex.Decode(ExchangeHash);
            byte[] k = HashWriter.EncodeMpint(Hex.Decode(secretHex));
            using (IHashFunction sha256 = SuiteUnderTest.Suite.CreateSha256())
            {
                byte[] key = KeyDerivation.Derive(sha256, k, h, letter[0], h, length);
                Expect.Hex(expectedHex, key, "key " + letter);
            }
        }
    }
}
