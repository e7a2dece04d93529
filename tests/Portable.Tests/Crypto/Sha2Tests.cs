using Callhome.AgentCore.Crypto;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Crypto
{
    /// <summary>FIPS 180-4 SHA-256 and SHA-512, vectors from FIPS 180-2 appendix / RFC 6234 §8.5.</summary>
    [TestClass]
    public class Sha2Tests
    {
        /// <summary>"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq" (448 bits).</summary>
        private const string Message448 =
            "6162636462636465636465666465666765666768666768696768696a68696a6b696a6b6c6a6b6c6d6b6c6d6e6c6d6e6f6d6e6f706e6f7071";

        /// <summary>"abcdefghbcdefghi...nopqrstu" (896 bits).</summary>
        private const string Message896 =
            "61626364656667686263646566676869636465666768696a6465666768696a6b65666768696a6b6c666768696a6b6c6d"
            + "6768696a6b6c6d6e68696a6b6c6d6e6f696a6b6c6d6e6f706a6b6c6d6e6f70716b6c6d6e6f7071726c6d6e6f70717273"
            + "6d6e6f70717273746e6f707172737475";

        [TestMethod]
        [DataRow("616263", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
        [DataRow("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
        [DataRow(Message448, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
        [DataRow(Message896, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")]
        public void Sha256(string messageHex, string digestHex)
        {
            using (IHashFunction hash = SuiteUnderTest.Suite.CreateSha256())
            {
                Assert.AreEqual(32, hash.HashSize);
                Expect.Hex(digestHex, Digest(hash, Hex.Decode(messageHex)), "SHA-256");
            }
        }

        [TestMethod]
        [DataRow("616263", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")]
        [DataRow("", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e")]
        [DataRow(Message448, "204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c33596fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445")]
        [DataRow(Message896, "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909")]
        public void Sha512(string messageHex, string digestHex)
        {
            using (IHashFunction hash = SuiteUnderTest.Suite.CreateSha512())
            {
                Assert.AreEqual(64, hash.HashSize);
                Expect.Hex(digestHex, Digest(hash, Hex.Decode(messageHex)), "SHA-512");
            }
        }

        [TestMethod]
        public void Sha256OfOneMillionA()
        {
            using (IHashFunction hash = SuiteUnderTest.Suite.CreateSha256())
            {
                Expect.Hex("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", MillionA(hash), "SHA-256");
            }
        }

        [TestMethod]
        public void Sha512OfOneMillionA()
        {
            using (IHashFunction hash = SuiteUnderTest.Suite.CreateSha512())
            {
                Expect.Hex(
                    "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973eb"
                    + "de0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b",
                    MillionA(hash), "SHA-512");
            }
        }

        [TestMethod]
        public void FinishResetsForTheNextMessageAndPiecesMatchTheWhole()
        {
            byte[] message = Hex.Decode(Message896);
            using (IHashFunction hash = SuiteUnderTest.Suite.CreateSha512())
            {
                string whole = Hex.Encode(Digest(hash, message));

                // Byte-at-a-time, then odd pieces, at offsets within a larger buffer.
                for (int i = 0; i < message.Length; i++)
                {
                    hash.Update(message, i, 1);
                }

                byte[] output = new byte[70];
                hash.Finish(output, 3);
                Expect.Hex(whole, output, 3, 64, "byte at a time");

                hash.Update(message, 0, 5);
                hash.Update(message, 5, 0);
                hash.Update(message, 5, 100);
                hash.Update(message, 105, message.Length - 105);
                hash.Finish(output, 0);
                Expect.Hex(whole, output, 0, 64, "pieces");

                hash.Update(message, 0, 17);
                hash.Reset();
                Expect.Hex(whole, Digest(hash, message), "after Reset");
            }
        }

        private static byte[] Digest(IHashFunction hash, byte[] message)
        {
            byte[] digest = new byte[hash.HashSize];
            hash.Update(message, 0, message.Length);
            hash.Finish(digest, 0);
            return digest;
        }

        private static byte[] MillionA(IHashFunction hash)
        {
            byte[] chunk = Expect.Repeat(0x61, 1000);
            for (int i = 0; i < 1000; i++)
            {
                hash.Update(chunk, 0, chunk.Length);
            }

            byte[] digest = new byte[hash.HashSize];
            hash.Finish(digest, 0);
            return digest;
        }
    }
}
