using Callhome.AgentCore.Crypto;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Crypto
{
    /// <summary>RFC 7748 X25519: §5.2's two vectors and the iterated vector (1 and 1,000 rounds; the
    /// 1,000,000-round one is a long run in tests/Crypto.Tests), §6.1's key exchange, and §6.1's all-zero
    /// abort.</summary>
    [TestClass]
    public class X25519Tests
    {
        [TestMethod]
        [DataRow("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4",
            "e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c",
            "c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552")]
        [DataRow("4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d",
            "e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493",
            "95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957")]
        public void Rfc7748Vectors(string scalarHex, string uHex, string outputHex)
        {
            byte[] scalar = Hex.Decode(scalarHex);
            byte[] u = Hex.Decode(uHex);
            byte[] output = new byte[36];
            Assert.IsTrue(SuiteUnderTest.Suite.X25519(scalar, 0, u, 0, output, 4), "non-zero result");
            Expect.Hex(outputHex, output, 4, 32, "X25519");
        }

        [TestMethod]
        [DataRow(1, "422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079")]
        [DataRow(1000, "684cf59ba83309552800ef566f2f4d3c1c3887c49360e3875f2eb94d99532c51")]
        public void IteratedVector(int rounds, string expectedHex)
        {
            ICryptoSuite suite = SuiteUnderTest.Suite;
            byte[] k = new byte[32];
            byte[] u = new byte[32];
            byte[] next = new byte[32];
            k[0] = 9;
            u[0] = 9;
            for (int i = 0; i < rounds; i++)
            {
                suite.X25519(k, 0, u, 0, next, 0);
                byte[] spare = u;
                u = k;
                k = next;
                next = spare;
            }

            Expect.Hex(expectedHex, k, "after " + rounds.ToString() + " rounds");
        }

        [TestMethod]
        public void Rfc7748KeyExchange()
        {
            ICryptoSuite suite = SuiteUnderTest.Suite;
            byte[] alice = Hex.Decode("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
            byte[] bob = Hex.Decode("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
            byte[] nine = new byte[32];
            nine[0] = 9;
            byte[] alicePublic = new byte[32];
            byte[] bobPublic = new byte[32];
            suite.X25519(alice, 0, nine, 0, alicePublic, 0);
            suite.X25519(bob, 0, nine, 0, bobPublic, 0);
            Expect.Hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a", alicePublic, "Alice's public key");
            Expect.Hex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f", bobPublic, "Bob's public key");

            byte[] shared1 = new byte[32];
            byte[] shared2 = new byte[32];
            Assert.IsTrue(suite.X25519(alice, 0, bobPublic, 0, shared1, 0));
            Assert.IsTrue(suite.X25519(bob, 0, alicePublic, 0, shared2, 0));
            Expect.Hex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742", shared1, "K seen by Alice");
            Expect.Hex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742", shared2, "K seen by Bob");
        }

        /// <summary>Points of small order (u = 0: order 2; u = 1: order 4; the last: order 8) give the all-zero
        /// output, which must be reported (RFC 7748 §6.1, RFC 8731 §3) with the output zeroed.</summary>
        [TestMethod]
        [DataRow("0000000000000000000000000000000000000000000000000000000000000000")]
        [DataRow("0100000000000000000000000000000000000000000000000000000000000000")]
        [DataRow("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800")]
        public void SmallOrderPeerPointsGiveFalseAndZeroOutput(string uHex)
        {
            byte[] scalar = Hex.Decode("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
            byte[] u = Hex.Decode(uHex);
            byte[] output = Expect.Repeat(0xee, 32);
            Assert.IsFalse(SuiteUnderTest.Suite.X25519(scalar, 0, u, 0, output, 0), "all-zero result detected");
            Expect.Hex("0000000000000000000000000000000000000000000000000000000000000000", output, "output zeroed");
        }

        [TestMethod]
        public void GeneratedKeyPairsAgree()
        {
            ICryptoSuite suite = SuiteUnderTest.Suite;
            byte[] a = new byte[32];
            byte[] aPublic = new byte[32];
            byte[] b = new byte[32];
            byte[] bPublic = new byte[32];
            suite.X25519GenerateKeyPair(a, 0, aPublic, 0);
            suite.X25519GenerateKeyPair(b, 0, bPublic, 0);
            Assert.AreNotEqual(Hex.Encode(a), Hex.Encode(b), "fresh scalars");

            byte[] nine = new byte[32];
            nine[0] = 9;
            byte[] derived = new byte[32];
            suite.X25519(a, 0, nine, 0, derived, 0);
            Expect.Hex(Hex.Encode(aPublic), derived, "public key is X25519(k, 9)");

            byte[] k1 = new byte[32];
            byte[] k2 = new byte[32];
            Assert.IsTrue(suite.X25519(a, 0, bPublic, 0, k1, 0));
            Assert.IsTrue(suite.X25519(b, 0, aPublic, 0, k2, 0));
            Expect.Hex(Hex.Encode(k1), k2, "shared secret");
        }
    }
}
