using Callhome.AgentCore.Crypto;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Crypto
{
    /// <summary>RFC 4231 test cases 1-7 for HMAC-SHA-256 and HMAC-SHA-512 (case 5 truncated to 128 bits).</summary>
    [TestClass]
    public class HmacTests
    {
        /// <summary>Cases 6 and 7: 131 bytes of 0xaa, longer than either hash's block.</summary>
        private const string Key131 =
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

        [TestMethod]
        [DataRow(1, "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b",
            "4869205468657265",
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
            "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854")]
        [DataRow(2, "4a656665",
            "7768617420646f2079612077616e7420666f72206e6f7468696e673f",
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737")]
        [DataRow(3, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd",
            "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
            "fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb")]
        [DataRow(4, "0102030405060708090a0b0c0d0e0f10111213141516171819",
            "cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd",
            "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
            "b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3dba91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd")]
        [DataRow(5, "0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c",
            "546573742057697468205472756e636174696f6e",
            "a3b6167473100ee06e0c796c2955552b",
            "415fad6271580a531d4179bc891d87a6")]
        [DataRow(6, Key131,
            "54657374205573696e67204c6172676572205468616e20426c6f636b2d53697a65204b6579202d2048617368204b6579204669727374",
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
            "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598")]
        [DataRow(7, Key131,
            "5468697320697320612074657374207573696e672061206c6172676572207468616e20626c6f636b2d73697a65206b657920616e642061206c6172676572207468616e20626c6f636b2d73697a6520646174612e20546865206b6579206e6565647320746f20626520686173686564206265666f7265206265696e6720757365642062792074686520484d414320616c676f726974686d2e",
            "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
            "e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58")]
        public void Rfc4231(int testCase, string keyHex, string dataHex, string sha256Hex, string sha512Hex)
        {
            byte[] key = Hex.Decode(keyHex);
            byte[] data = Hex.Decode(dataHex);
            using (IMac mac = SuiteUnderTest.Suite.CreateHmacSha256(key, 0, key.Length))
            {
                Assert.AreEqual(32, mac.MacSize);
                Expect.Hex(sha256Hex, Tag(mac, data), 0, sha256Hex.Length / 2, "HMAC-SHA-256 case " + testCase.ToString());
            }

            using (IMac mac = SuiteUnderTest.Suite.CreateHmacSha512(key, 0, key.Length))
            {
                Assert.AreEqual(64, mac.MacSize);
                Expect.Hex(sha512Hex, Tag(mac, data), 0, sha512Hex.Length / 2, "HMAC-SHA-512 case " + testCase.ToString());
            }
        }

        [TestMethod]
        public void FinishRestartsUnderTheSameKeyAndAcceptsKeysAtAnOffset()
        {
            byte[] keyAt3 = Hex.Decode("0000004a656665");
            byte[] data = Hex.Decode("7768617420646f2079612077616e7420666f72206e6f7468696e673f");
            using (IMac mac = SuiteUnderTest.Suite.CreateHmacSha256(keyAt3, 3, 4))
            {
                for (int round = 0; round < 3; round++)
                {
                    mac.Update(data, 0, 10);
                    mac.Update(data, 10, data.Length - 10);
                    byte[] tag = new byte[40];
                    mac.Finish(tag, 8);
                    Expect.Hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", tag, 8, 32, "round " + round.ToString());
                }

                mac.Update(data, 0, 7);
                mac.Reset();
                Expect.Hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", Tag(mac, data), "after Reset");
            }
        }

        [TestMethod]
        public void AnEmptyKeyIsAllowed()
        {
            using (IMac mac = SuiteUnderTest.Suite.CreateHmacSha256(new byte[0], 0, 0))
            {
                // HMAC-SHA-256 with the empty key over the empty message.
                Expect.Hex("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad", Tag(mac, new byte[0]), "empty key");
            }
        }

        private static byte[] Tag(IMac mac, byte[] data)
        {
            byte[] tag = new byte[mac.MacSize];
            mac.Update(data, 0, data.Length);
            mac.Finish(tag, 0);
            return tag;
        }
    }
}
