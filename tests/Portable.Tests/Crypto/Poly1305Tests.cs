using System;
using Callhome.AgentCore.Crypto;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Crypto
{
    /// <summary>Poly1305: RFC 8439 §2.5.2 and the eleven §A.3 vectors (which probe the carries and the final
    /// reduction: r = 0, s = 0, all-ones blocks, h = p - 1 and so on).</summary>
    [TestClass]
    public class Poly1305Tests
    {
        /// <summary>§A.3 vectors 2 and 3: RFC 8439's 375-byte "Any submission to the IETF ..." text.</summary>
        private const string IetfText =
            "416e79207375626d697373696f6e20746f20746865204945544620696e74656e6465642062792074686520436f6e7472"
            + "696275746f7220666f72207075626c69636174696f6e20617320616c6c206f722070617274206f6620616e2049455446"
            + "20496e7465726e65742d4472616674206f722052464320616e6420616e792073746174656d656e74206d616465207769"
            + "7468696e2074686520636f6e74657874206f6620616e204945544620616374697669747920697320636f6e7369646572"
            + "656420616e20224945544620436f6e747269627574696f6e222e20537563682073746174656d656e747320696e636c75"
            + "6465206f72616c2073746174656d656e747320696e20494554462073657373696f6e732c2061732077656c6c20617320"
            + "7772697474656e20616e6420656c656374726f6e696320636f6d6d756e69636174696f6e73206d61646520617420616e"
            + "792074696d65206f7220706c6163652c207768696368206172652061646472657373656420746f";

        /// <summary>§A.3 vector 4: "'Twas brillig, and the slithy toves ..." (127 bytes).</summary>
        private const string Jabberwocky =
            "2754776173206272696c6c69672c20616e642074686520736c6974687920746f7665730a446964206779726520616e64"
            + "2067696d626c6520696e2074686520776162653a0a416c6c206d696d737920776572652074686520626f726f676f7665"
            + "732c0a416e6420746865206d6f6d65207261746873206f757467726162652e";

        [TestMethod]
        public void Rfc8439Section252()
        {
            // "Cryptographic Forum Research Group"
            Assert.AreEqual("a8061dc1305136c6c22b8baf0c0127a9",
                Tag("85d6be7857556d337f4452fe42d506a80103808afb0db2fd4abff6af4149f51b",
                    "43727970746f6772617068696320466f72756d2052657365617263682047726f7570"));
        }

        [TestMethod]
        [DataRow(1, "0000000000000000000000000000000000000000000000000000000000000000",
            "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
            "00000000000000000000000000000000")]
        [DataRow(2, "0000000000000000000000000000000036e5f6b5c5e06070f0efca96227a863e",
            IetfText,
            "36e5f6b5c5e06070f0efca96227a863e")]
        [DataRow(3, "36e5f6b5c5e06070f0efca96227a863e00000000000000000000000000000000",
            IetfText,
            "f3477e7cd95417af89a6b8794c310cf0")]
        [DataRow(4, "1c9240a5eb55d38af333888604f6b5f0473917c1402b80099dca5cbc207075c0",
            Jabberwocky,
            "4541669a7eaaee61e708dc7cbcc5eb62")]
        [DataRow(5, "0200000000000000000000000000000000000000000000000000000000000000",
            "ffffffffffffffffffffffffffffffff",
            "03000000000000000000000000000000")]
        [DataRow(6, "02000000000000000000000000000000ffffffffffffffffffffffffffffffff",
            "02000000000000000000000000000000",
            "03000000000000000000000000000000")]
        [DataRow(7, "0100000000000000000000000000000000000000000000000000000000000000",
            "fffffffffffffffffffffffffffffffff0ffffffffffffffffffffffffffffff11000000000000000000000000000000",
            "05000000000000000000000000000000")]
        [DataRow(8, "0100000000000000000000000000000000000000000000000000000000000000",
            "fffffffffffffffffffffffffffffffffbfefefefefefefefefefefefefefefe01010101010101010101010101010101",
            "00000000000000000000000000000000")]
        [DataRow(9, "0200000000000000000000000000000000000000000000000000000000000000",
            "fdffffffffffffffffffffffffffffff",
            "faffffffffffffffffffffffffffffff")]
        [DataRow(10, "0100000000000000040000000000000000000000000000000000000000000000",
            "e33594d7505e43b900000000000000003394d7505e4379cd01000000000000000000000000000000000000000000000001000000000000000000000000000000",
            "14000000000000005500000000000000")]
        [DataRow(11, "0100000000000000040000000000000000000000000000000000000000000000",
            "e33594d7505e43b900000000000000003394d7505e4379cd010000000000000000000000000000000000000000000000",
            "13000000000000000000000000000000")]
        public void Rfc8439AppendixA3(int vector, string keyHex, string messageHex, string tagHex)
        {
            Assert.AreEqual(tagHex, Tag(keyHex, messageHex), "A.3 #" + vector.ToString());
        }

        [TestMethod]
        public void PiecesAndOffsetsGiveTheSameTag()
        {
            byte[] key = Hex.Decode("00" + "1c9240a5eb55d38af333888604f6b5f0473917c1402b80099dca5cbc207075c0");
            byte[] message = Hex.Decode(Jabberwocky);
            byte[] tag = new byte[20];
            using (IPoly1305 poly = SuiteUnderTest.Suite.CreatePoly1305())
            {
                for (int round = 0; round < 2; round++)
                {
                    poly.Start(key, 1);
                    poly.Update(message, 0, 3);
                    poly.Update(message, 3, 0);
                    poly.Update(message, 3, 16);
                    poly.Update(message, 19, 40);
                    poly.Update(message, 59, message.Length - 59);
                    poly.Finish(tag, 4);
                    Expect.Hex("4541669a7eaaee61e708dc7cbcc5eb62", tag, 4, 16, "round " + round.ToString());
                }
            }
        }

        [TestMethod]
        public void UseWithoutAOneTimeKeyIsRefused()
        {
            using (IPoly1305 poly = SuiteUnderTest.Suite.CreatePoly1305())
            {
                byte[] data = new byte[16];
                Assert.ThrowsException(typeof(InvalidOperationException), () => poly.Update(data, 0, 16), "before Start");
                poly.Start(new byte[32], 0);
                poly.Update(data, 0, 16);
                poly.Finish(data, 0);
                Assert.ThrowsException(typeof(InvalidOperationException), () => poly.Update(data, 0, 16), "after Finish");
                Assert.ThrowsException(typeof(InvalidOperationException), () => poly.Finish(data, 0), "Finish twice");
            }
        }

        private static string Tag(string keyHex, string messageHex)
        {
            byte[] key = Hex.Decode(keyHex);
            byte[] message = Hex.Decode(messageHex);
            byte[] tag = new byte[16];
            using (IPoly1305 poly = SuiteUnderTest.Suite.CreatePoly1305())
            {
                poly.Start(key, 0);
                poly.Update(message, 0, message.Length);
                poly.Finish(tag, 0);
            }

            return Hex.Encode(tag);
        }
    }
}
