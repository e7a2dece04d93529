using System;
using Callhome.AgentCore.Crypto;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Core
{
    [TestClass]
    public class ConstantTimeTests
    {
        [TestMethod]
        [DataRow(0)]
        [DataRow(15)]
        [DataRow(31)]
        public void DetectsADifferenceAtAnyPosition(int position)
        {
            byte[] a = new byte[32];
            byte[] b = new byte[32];
            Assert.IsTrue(ConstantTime.AreEqual(a, 0, b, 0, 32), "equal before the change");
            b[position] = 0x80;
            Assert.IsFalse(ConstantTime.AreEqual(a, 0, b, 0, 32), "difference at " + position.ToString());
        }

        [TestMethod]
        public void ComparesAtOffsets()
        {
            byte[] a = new byte[] { 9, 1, 2, 3 };
            byte[] b = new byte[] { 1, 2, 3, 7, 7 };
            Assert.IsTrue(ConstantTime.AreEqual(a, 1, b, 0, 3));
            Assert.IsFalse(ConstantTime.AreEqual(a, 0, b, 0, 3));
        }

        [TestMethod]
        public void RejectsARangeOutsideTheBufferNamingTheParameter()
        {
            byte[] a = new byte[4];
            byte[] b = new byte[8];
            Assert.ThrowsException(typeof(ArgumentException), () => ConstantTime.AreEqual(a, 1, b, 0, 4));
            try
            {
                ConstantTime.AreEqual(a, 0, b, 5, 4);
                Assert.IsTrue(false, "expected an exception");
            }
            catch (ArgumentException e)
            {
                Assert.AreEqual("b", e.ParamName);
            }
        }

        [TestMethod]
        public void WipeZeroesEveryByte()
        {
            byte[] key = new byte[] { 1, 2, 3, 255 };
            ConstantTime.Wipe(key);
            for (int i = 0; i < key.Length; i++)
            {
                Assert.AreEqual((byte)0, key[i]);
            }
        }
    }
}
