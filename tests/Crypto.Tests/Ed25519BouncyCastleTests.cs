using System;
using Callhome.AgentCore.Crypto;
using Callhome.Crypto.BouncyCastle;
using Org.BouncyCastle.Math.EC.Rfc8032;
using Xunit;

namespace Callhome.Crypto.Tests
{
    /// <summary>
    /// Why the backend adds its own cofactorless check to BouncyCastle's Ed25519.Verify, and that the two
    /// agree everywhere else. The policy vectors come from Vectors/ed25519_policy_vectors.py; the portable
    /// tests hold the full set.
    /// </summary>
    public class Ed25519BouncyCastleTests
    {
        private const string Test1Public = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

        [Fact]
        public void BouncyCastleAloneAcceptsAMixedOrderRWhichThePolicyRefuses()
        {
            byte[] publicKey = Hex.Decode(Test1Public);
            byte[] message = Hex.Decode("6d697865642d6f726465722052");
            byte[] signature = Hex.Decode(
                "be5ab74ff3d1df6a0547193835c451d4e4540407ede892ca7abcf4b9b66a7d65"
                + "a03e1866c9c4cb27b98ca97947b685d36145672c7299109094a8bcfa73bc8b05");

            Assert.True(Ed25519.Verify(signature, 0, publicKey, 0, message, 0, message.Length));
            var suite = new BouncyCastleSuite(new PatternEntropySource());
            Assert.False(suite.Ed25519Verify(publicKey, 0, message, 0, message.Length, signature, 0));
        }

        [Fact]
        public void TheSuiteAndBouncyCastleAgreeOnHonestAndCorruptedSignatures()
        {
            var suite = new BouncyCastleSuite(new Callhome.Boards.Linux.GetRandomEntropySource());
            var rng = new Random(20240601);
            byte[] seed = new byte[32];
            byte[] publicKey = new byte[32];
            byte[] signature = new byte[64];
            for (int round = 0; round < 200; round++)
            {
                suite.Ed25519GenerateKeyPair(seed, 0, publicKey, 0);
                byte[] message = new byte[rng.Next(0, 300)];
                rng.NextBytes(message);
                suite.Ed25519Sign(seed, 0, message, 0, message.Length, signature, 0);
                Assert.True(suite.Ed25519Verify(publicKey, 0, message, 0, message.Length, signature, 0));

                byte[] target = rng.Next(3) switch { 0 => signature, 1 => publicKey, _ => message.Length > 0 ? message : signature };
                int bit = rng.Next(target.Length * 8);
                target[bit >> 3] ^= (byte)(1 << (bit & 7));
                bool bc = Ed25519.Verify(signature, 0, publicKey, 0, message, 0, message.Length);
                bool ours = suite.Ed25519Verify(publicKey, 0, message, 0, message.Length, signature, 0);
                Assert.False(ours, "round " + round);
                Assert.Equal(bc, ours);
                target[bit >> 3] ^= (byte)(1 << (bit & 7));
            }
        }
    }
}
