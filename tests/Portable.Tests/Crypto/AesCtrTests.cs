using Callhome.AgentCore.Crypto;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Crypto
{
    /// <summary>AES-CTR, NIST SP 800-38A F.5.1 (AES-128) and F.5.5 (AES-256): four blocks from the initial
    /// counter f0f1...feff. CTR decryption (F.5.2, F.5.6) is the same operation.</summary>
    [TestClass]
    public class AesCtrTests
    {
        private const string Counter = "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff";

        private const string Plaintext =
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
            + "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710";

        [TestMethod]
        [DataRow("F.5.1 CTR-AES128", "2b7e151628aed2a6abf7158809cf4f3c",
            "874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff"
            + "5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee")]
        [DataRow("F.5.5 CTR-AES256", "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
            "601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c5"
            + "2b0930daa23de94ce87017ba2d84988ddfc9c58db67aada613c2dd08457941a6")]
        public void Sp80038a(string name, string keyHex, string ciphertextHex)
        {
            byte[] key = Hex.Decode(keyHex);
            byte[] counter = Hex.Decode(Counter);
            byte[] data = Hex.Decode(Plaintext);
            using (IStreamCipher aes = SuiteUnderTest.Suite.CreateAesCtr(key, 0, key.Length, counter, 0))
            {
                aes.Process(data, 0, data.Length, data, 0);
            }

            Expect.Hex(ciphertextHex, data, name + " encrypt");
            Expect.Hex(Counter, counter, name + ": the caller's counter is not modified");

            using (IStreamCipher aes = SuiteUnderTest.Suite.CreateAesCtr(key, 0, key.Length, counter, 0))
            {
                aes.Process(data, 0, data.Length, data, 0);
            }

            Expect.Hex(Plaintext, data, name + " decrypt");
        }

        [TestMethod]
        [DataRow(1)]
        [DataRow(5)]
        [DataRow(16)]
        [DataRow(17)]
        public void TheKeyStreamContinuesAcrossCallsOfAnyLength(int piece)
        {
            byte[] key = Hex.Decode("00" + "2b7e151628aed2a6abf7158809cf4f3c");
            byte[] counter = Hex.Decode("0000" + Counter);
            byte[] input = Hex.Decode(Plaintext);
            byte[] output = new byte[input.Length + 3];
            using (IStreamCipher aes = SuiteUnderTest.Suite.CreateAesCtr(key, 1, 16, counter, 2))
            {
                for (int done = 0; done < input.Length; done += piece)
                {
                    int count = input.Length - done < piece ? input.Length - done : piece;
                    aes.Process(input, done, count, output, 3 + done);
                }
            }

            Expect.Hex(
                "874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff"
                + "5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee",
                output, 3, input.Length, "pieces of " + piece.ToString());
        }

        /// <summary>RFC 4344 counts modulo 2^128: after ff...ff comes 00...00 (AES-128, zero key).</summary>
        [TestMethod]
        public void TheCounterWrapsAt128Bits()
        {
            byte[] stream = new byte[48];
            using (IStreamCipher aes = SuiteUnderTest.Suite.CreateAesCtr(new byte[16], 0, 16, Expect.Repeat(0xff, 16), 0))
            {
                aes.Process(stream, 0, stream.Length, stream, 0);
            }

            Expect.Hex(
                "3f5b8cc9ea855a0afa7347d23e8d664e66e94bd4ef8a2c3b884cfa59ca342b2e58e2fccefa7e3061367f1d57a4e7455a",
                stream, "E(ff..ff), E(00..00), E(00..01)");
        }
    }
}
