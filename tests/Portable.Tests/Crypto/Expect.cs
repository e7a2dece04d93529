using System;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Crypto
{
    /// <summary>Assertions the test framework lacks, in its dialect.</summary>
    internal static class Expect
    {
        /// <summary>The action throws ArgumentException (or a subclass) whose ParamName is
        /// <paramref name="paramName"/>.</summary>
        public static void ArgumentException(string paramName, Action action, string what)
        {
            string caught = "(nothing thrown)";
            try
            {
                action();
            }
            catch (ArgumentException e)
            {
                caught = e.ParamName == null ? "(no ParamName)" : e.ParamName;
            }

            Assert.AreEqual(paramName, caught, what);
        }

        public static void Hex(string expectedHex, byte[] actual, int offset, int count, string what)
        {
            Assert.AreEqual(expectedHex, Callhome.AgentCore.Crypto.Hex.Encode(actual, offset, count), what);
        }

        public static void Hex(string expectedHex, byte[] actual, string what)
        {
            Assert.AreEqual(expectedHex, Callhome.AgentCore.Crypto.Hex.Encode(actual), what);
        }

        public static byte[] Repeat(byte value, int count)
        {
            byte[] bytes = new byte[count];
            for (int i = 0; i < count; i++)
            {
                bytes[i] = value;
            }

            return bytes;
        }
    }
}
