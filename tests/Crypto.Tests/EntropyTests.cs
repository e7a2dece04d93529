using Callhome.AgentCore.Crypto;
using Callhome.Crypto.BouncyCastle;
using Xunit;

namespace Callhome.Crypto.Tests
{
    /// <summary>Randomness comes from the HAL source the suite was built with, and from nowhere else.</summary>
    public class EntropyTests
    {
        [Fact]
        public void X25519KeyGenerationDrawsItsScalarFromTheHalSource()
        {
            var source = new PatternEntropySource();
            var suite = new BouncyCastleSuite(source);
            byte[] expected = source.Peek(32);
            expected[0] &= 0xf8;
            expected[31] &= 0x7f;
            expected[31] |= 0x40;

            byte[] privateKey = new byte[40];
            byte[] publicKey = new byte[40];
            suite.X25519GenerateKeyPair(privateKey, 5, publicKey, 3);

            Assert.Equal(32, source.BytesDrawn);
            Assert.Equal(Hex.Encode(expected), Hex.Encode(privateKey, 5, 32));
            byte[] nine = new byte[32];
            nine[0] = 9;
            byte[] derived = new byte[32];
            Assert.True(suite.X25519(privateKey, 5, nine, 0, derived, 0));
            Assert.Equal(Hex.Encode(derived), Hex.Encode(publicKey, 3, 32));
        }

        [Fact]
        public void Ed25519KeyGenerationDrawsItsSeedFromTheHalSource()
        {
            var source = new PatternEntropySource();
            var suite = new BouncyCastleSuite(source);
            source.GetBytes(new byte[100], 0, 100);
            byte[] expected = source.Peek(32);

            byte[] seed = new byte[32];
            byte[] publicKey = new byte[32];
            suite.Ed25519GenerateKeyPair(seed, 0, publicKey, 0);

            Assert.Equal(132, source.BytesDrawn);
            Assert.Equal(Hex.Encode(expected), Hex.Encode(seed));
            byte[] derived = new byte[32];
            suite.Ed25519PublicKey(seed, 0, derived, 0);
            Assert.Equal(Hex.Encode(derived), Hex.Encode(publicKey));
        }

        [Fact]
        public void NoOtherOperationDrawsEntropy()
        {
            var source = new PatternEntropySource();
            SuiteExercise.Deterministic(new BouncyCastleSuite(source));
            Assert.Equal(0, source.Calls);
        }

        [Fact]
        public void TheSecureRandomHandedToBouncyCastleReadsOnlyTheHalSource()
        {
            var source = new PatternEntropySource();
            var random = new HalSecureRandom(source);
            byte[] expected = source.Peek(16);
            byte[] bytes = new byte[16];
            random.NextBytes(bytes);
            Assert.Equal(Hex.Encode(expected), Hex.Encode(bytes));

            expected = source.Peek(8);
            Assert.Equal(Hex.Encode(expected), Hex.Encode(random.GenerateSeed(8)));

            long before = source.BytesDrawn;
            random.SetSeed(1234L);
            _ = random.NextInt();
            Assert.Equal(before + 4, source.BytesDrawn);
        }
    }
}
