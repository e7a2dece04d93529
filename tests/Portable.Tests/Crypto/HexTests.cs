using System;
using Callhome.AgentCore.Crypto;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Crypto
{
    [TestClass]
    public class HexTests
    {
        [TestMethod]
        public void RoundTripsAndAcceptsUpperCase()
        {
            byte[] bytes = Hex.Decode("00017f80FFaB");
            Assert.AreEqual(6, bytes.Length);
            Assert.AreEqual((byte)0xab, bytes[5]);
            Assert.AreEqual("00017f80ffab", Hex.Encode(bytes));
            Assert.AreEqual("7f80", Hex.Encode(bytes, 2, 2));
            Assert.AreEqual(string.Empty, Hex.Encode(new byte[0]));
            Assert.AreEqual(0, Hex.Decode(string.Empty).Length);
        }

        [TestMethod]
        public void RejectsMalformedText()
        {
            Expect.ArgumentException("hex", () => Hex.Decode("abc"), "odd length");
            Expect.ArgumentException("hex", () => Hex.Decode("0g"), "not a digit");
            Expect.ArgumentException("hex", () => Hex.Decode("0 "), "space");
            Expect.ArgumentException("data", () => Hex.Encode(new byte[2], 1, 2), "range");
            Assert.ThrowsException(typeof(ArgumentNullException), () => Hex.Decode(null!));
        }
    }
}
