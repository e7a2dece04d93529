using System;
using Callhome.AgentCore.Crypto;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Crypto
{
    /// <summary>
    /// ChaCha20 in the original 64-bit-nonce layout that chacha20-poly1305@openssh.com uses. RFC 8439's
    /// vectors use state words 12 (a 32-bit counter) and 13-15 (a 96-bit nonce); the same 16-word state in
    /// the 64-bit layout is counter = word12 | word13 &lt;&lt; 32 and nonce = words 14-15. So RFC 8439 nonce bytes
    /// n0..n11 with counter c map to counter bytes (little-endian) c0 c1 c2 c3 n0 n1 n2 n3 and nonce bytes
    /// n4..n11:
    /// <list type="bullet">
    /// <item>§2.3.2: nonce 00 00 00 09 00 00 00 4a 00 00 00 00, counter 1 → counter 0x0900000000000001
    /// (bytes 01 00 00 00 00 00 00 09), nonce 00 00 00 4a 00 00 00 00.</item>
    /// <item>§2.4.2: nonce 00 00 00 00 00 00 00 4a 00 00 00 00, counter 1 → counter 1, nonce
    /// 00 00 00 4a 00 00 00 00 (the message's two blocks never reach word 13, so no difference arises).</item>
    /// </list>
    /// </summary>
    [TestClass]
    public class ChaCha20Tests
    {
        private const string Key = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

        private const string Nonce4a = "0000004a00000000";

        /// <summary>"Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future,
        /// sunscreen would be it."</summary>
        private const string Sunscreen =
            "4c616469657320616e642047656e746c656d656e206f662074686520636c617373206f66202739393a204966204920"
            + "636f756c64206f6666657220796f75206f6e6c79206f6e652074697020666f7220746865206675747572652c207375"
            + "6e73637265656e20776f756c642062652069742e";

        private const string SunscreenCiphertext =
            "6e2e359a2568f98041ba0728dd0d6981e97e7aec1d4360c20a27afccfd9fae0bf91b65c5524733ab8f593dabcd62b357"
            + "1639d624e65152ab8f530c359f0861d807ca0dbf500d6a6156a38e088a22b65e52bc514d16ccf806818ce91ab7793736"
            + "5af90bbf74a35be6b40b8eedf2785e42874d";

        [TestMethod]
        public void Rfc8439BlockFunction()
        {
            byte[] block = new byte[64];
            using (IChaCha20 chacha = Create())
            {
                chacha.Start(Hex.Decode(Nonce4a), 0, 0x0900000000000001UL);
                chacha.Process(block, 0, 64, block, 0);
            }

            Expect.Hex(
                "10f1e7e4d13b5915500fdd1fa32071c4c7d1f4c733c068030422aa9ac3d46c4e"
                + "d2826446079faa0914c2d705d98b02a2b5129cd1de164eb9cbd083e8a2503c4e",
                block, "RFC 8439 2.3.2");
        }

        [TestMethod]
        public void Rfc8439EncryptionAndDecryption()
        {
            byte[] plaintext = Hex.Decode(Sunscreen);
            byte[] output = new byte[plaintext.Length + 5];
            using (IChaCha20 chacha = Create())
            {
                chacha.Start(Hex.Decode(Nonce4a), 0, 1);
                chacha.Process(plaintext, 0, plaintext.Length, output, 5);
                Expect.Hex(SunscreenCiphertext, output, 5, plaintext.Length, "RFC 8439 2.4.2");

                chacha.Start(Hex.Decode("ff" + Nonce4a), 1, 1);
                chacha.Process(output, 5, plaintext.Length, output, 5);
                Expect.Hex(Sunscreen, output, 5, plaintext.Length, "decrypted, nonce at an offset");
            }
        }

        [TestMethod]
        public void PiecesContinueTheKeyStream()
        {
            byte[] data = Hex.Decode(Sunscreen);
            using (IChaCha20 chacha = Create())
            {
                chacha.Start(Hex.Decode(Nonce4a), 0, 1);
                chacha.Process(data, 0, 1, data, 0);
                chacha.Process(data, 1, 0, data, 1);
                chacha.Process(data, 1, 62, data, 1);
                chacha.Process(data, 63, 2, data, 63);
                chacha.Process(data, 65, data.Length - 65, data, 65);
            }

            Expect.Hex(SunscreenCiphertext, data, "in pieces of 1, 0, 62, 2 and the rest");
        }

        /// <summary>The block counter is 64 bits: block 2^32 - 1 is followed by 2^32 (word 12 carries into
        /// word 13), not by 0 as with RFC 8439's 32-bit counter. Expected key stream from an independent
        /// implementation (OpenSSL's, which takes words 12-15 verbatim).</summary>
        [TestMethod]
        public void TheCounterCarriesIntoItsHighWord()
        {
            byte[] stream = new byte[128];
            using (IChaCha20 chacha = Create())
            {
                chacha.Start(new byte[8], 0, 0xffffffffUL);
                chacha.Process(stream, 0, stream.Length, stream, 0);
                Expect.Hex(
                    "1ce0deb8925fccea2d5587e850054559edcbbeb1a6c8e1c02c1e89abba08b01cad6048fe5ab5242ed6befbef6b4040fcb666a5f3858d942a912c4e8800301a42"
                    + "d838fb09536e2e3a10e8f23f486273a69f42d8e640d781ede384793c34c32564fc4361e5d5c5b620583b0528192f4c6109f23a0e14398ee6537cdcf2cd610ea2",
                    stream, "blocks 2^32 - 1 and 2^32");

                byte[] block = new byte[64];
                chacha.Start(new byte[8], 0, 0x100000000UL);
                chacha.Process(block, 0, 64, block, 0);
                Expect.Hex(Hex.Encode(stream, 64, 64), block, "block 2^32 started directly");
            }
        }

        [TestMethod]
        public void StartRestartsTheKeyStream()
        {
            byte[] partial = new byte[30];
            byte[] first = new byte[100];
            byte[] second = new byte[100];
            using (IChaCha20 chacha = Create())
            {
                chacha.Start(Hex.Decode(Nonce4a), 0, 7);
                chacha.Process(partial, 0, 30, partial, 0);
                chacha.Start(Hex.Decode(Nonce4a), 0, 7);
                chacha.Process(first, 0, 100, first, 0);
                chacha.Start(Hex.Decode(Nonce4a), 0, 7);
                chacha.Process(second, 0, 100, second, 0);
            }

            Expect.Hex(Hex.Encode(partial), first, 0, 30, "restart after a partial block");

            Expect.Hex(Hex.Encode(second), first, "same nonce and counter, same stream");
        }

        [TestMethod]
        public void ProcessBeforeStartIsRefused()
        {
            using (IChaCha20 chacha = Create())
            {
                byte[] data = new byte[8];
                Assert.ThrowsException(typeof(InvalidOperationException), () => chacha.Process(data, 0, 8, data, 0));
            }
        }

        private static IChaCha20 Create()
        {
            byte[] key = Hex.Decode(Key);
            return SuiteUnderTest.Suite.CreateChaCha20(key, 0);
        }
    }
}
