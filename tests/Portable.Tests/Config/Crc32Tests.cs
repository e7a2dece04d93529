using Callhome.AgentCore.Config;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Config
{
    [TestClass]
    public class Crc32Tests
    {
        [TestMethod]
        [DataRow("123456789", 0xCBF43926u)]
        [DataRow("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
        [DataRow("", 0x00000000u)]
        public void MatchesTheIeeeCheckValues(string text, uint crc)
        {
            byte[] bytes = new byte[text.Length + 2];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i + 1] = (byte)text[i];
            }

            Assert.AreEqual(crc, Crc32.Compute(bytes, 1, text.Length));
        }
    }
}
