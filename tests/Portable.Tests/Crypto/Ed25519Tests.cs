using Callhome.AgentCore.Crypto;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Crypto
{
    /// <summary>RFC 8032 §7.1 Ed25519 vectors: TEST 1, 2, 3, 1024 and SHA(abc) (whose message is
    /// SHA-512("abc")). Each checks the public key, the deterministic signature, verification, and that a
    /// changed message or signature fails.</summary>
    [TestClass]
    public class Ed25519Tests
    {
        [TestMethod]
        [DataRow("TEST 1",
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            "",
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")]
        [DataRow("TEST 2",
            "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
            "72",
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00")]
        [DataRow("TEST 3",
            "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
            "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
            "af82",
            "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a")]
        [DataRow("SHA(abc)",
            "833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42",
            "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf",
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
            "dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b58909351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704")]
        public void Rfc8032(string name, string seedHex, string publicHex, string messageHex, string signatureHex)
        {
            Check(name, seedHex, publicHex, messageHex, signatureHex);
        }

        [TestMethod]
        public void Rfc8032Test1024()
        {
            Check("TEST 1024", Ed25519Vectors.Test1024Seed, Ed25519Vectors.Test1024Public, Ed25519Vectors.Test1024Message,
                Ed25519Vectors.Test1024Signature);
        }

        [TestMethod]
        public void GeneratedKeysSignAndVerifyAtOffsets()
        {
            ICryptoSuite suite = SuiteUnderTest.Suite;
            byte[] seed = new byte[40];
            byte[] publicKey = new byte[40];
            suite.Ed25519GenerateKeyPair(seed, 8, publicKey, 1);
            byte[] derived = new byte[32];
            suite.Ed25519PublicKey(seed, 8, derived, 0);
            Expect.Hex(Hex.Encode(derived), publicKey, 1, 32, "public key of the generated seed");

            byte[] message = Hex.Decode("00112233445566778899");
            byte[] signature = new byte[70];
            suite.Ed25519Sign(seed, 8, message, 2, 5, signature, 6);
            Assert.IsTrue(suite.Ed25519Verify(publicKey, 1, message, 2, 5, signature, 6), "verifies");
            Assert.IsFalse(suite.Ed25519Verify(publicKey, 1, message, 2, 6, signature, 6), "longer message");
            Assert.IsFalse(suite.Ed25519Verify(publicKey, 1, message, 3, 5, signature, 6), "other bytes");

            byte[] otherSeed = new byte[32];
            byte[] otherPublic = new byte[32];
            suite.Ed25519GenerateKeyPair(otherSeed, 0, otherPublic, 0);
            Assert.AreNotEqual(Hex.Encode(seed, 8, 32), Hex.Encode(otherSeed), "fresh seeds");
            Assert.IsFalse(suite.Ed25519Verify(otherPublic, 0, message, 2, 5, signature, 6), "other key");
        }

        private static void Check(string name, string seedHex, string publicHex, string messageHex, string signatureHex)
        {
            ICryptoSuite suite = SuiteUnderTest.Suite;
            byte[] seed = Hex.Decode(seedHex);
            byte[] message = Hex.Decode(messageHex);
            byte[] publicKey = new byte[32];
            suite.Ed25519PublicKey(seed, 0, publicKey, 0);
            Expect.Hex(publicHex, publicKey, name + " public key");

            byte[] signature = new byte[64];
            suite.Ed25519Sign(seed, 0, message, 0, message.Length, signature, 0);
            Expect.Hex(signatureHex, signature, name + " signature");
            Assert.IsTrue(suite.Ed25519Verify(publicKey, 0, message, 0, message.Length, signature, 0), name + " verifies");

            byte[] longer = new byte[message.Length + 1];
            System.Array.Copy(message, longer, message.Length);
            Assert.IsFalse(suite.Ed25519Verify(publicKey, 0, longer, 0, longer.Length, signature, 0), name + " with a byte appended");
            if (message.Length > 0)
            {
                message[message.Length / 2] ^= 0x01;
                Assert.IsFalse(suite.Ed25519Verify(publicKey, 0, message, 0, message.Length, signature, 0), name + " with a bit flipped");
                message[message.Length / 2] ^= 0x01;
            }

            signature[0] ^= 0x01;
            Assert.IsFalse(suite.Ed25519Verify(publicKey, 0, message, 0, message.Length, signature, 0), name + " with R changed");
            signature[0] ^= 0x01;
            signature[40] ^= 0x01;
            Assert.IsFalse(suite.Ed25519Verify(publicKey, 0, message, 0, message.Length, signature, 0), name + " with S changed");
        }
    }
}
