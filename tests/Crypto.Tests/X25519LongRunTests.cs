using Callhome.AgentCore.Crypto;
using Callhome.Crypto.BouncyCastle;
using Xunit;

namespace Callhome.Crypto.Tests
{
    public class X25519LongRunTests
    {
        /// <summary>
        /// RFC 7748 §5.2's iterated test to 1,000,000 rounds (k, u start at 9; each round k, u = X25519(k, u),
        /// k). About a minute here; the 1 and 1,000 round checkpoints run always, in
        /// tests/Portable.Tests/Crypto/X25519Tests.
        /// </summary>
        [LongRunFact]
        public void IteratedVectorAfterOneMillionRounds()
        {
            var suite = new BouncyCastleSuite(new PatternEntropySource());
            byte[] k = new byte[32];
            byte[] u = new byte[32];
            byte[] next = new byte[32];
            k[0] = 9;
            u[0] = 9;
            for (int i = 0; i < 1000000; i++)
            {
                suite.X25519(k, 0, u, 0, next, 0);
                (u, k, next) = (k, next, u);
            }

            Assert.Equal("7c3911e0ab2586fd864497297e575e6f3bc601c0883c30df5f4dd2d24f665424", Hex.Encode(k));
        }
    }
}
