using System;
using Callhome.AgentCore.Crypto;
using Callhome.Crypto.BouncyCastle;
using Callhome.Hal;

namespace Callhome.Crypto.Tests
{
    /// <summary>Calls every member of the suite and of the objects it creates, plus the SecureRandom the
    /// backend hands to BouncyCastle; shared by the no-OpenSSL probe and the entropy tests.</summary>
    internal static class SuiteExercise
    {
        internal sealed class NullReport : ISelfTestReport
        {
            public int Failures { get; private set; }

            public void Report(string name, bool passed)
            {
                if (!passed)
                {
                    Failures++;
                }
            }
        }

        /// <summary>Everything except key generation (which draws entropy by design).</summary>
        internal static void Deterministic(ICryptoSuite suite)
        {
            byte[] key = new byte[32];
            byte[] data = new byte[300];
            byte[] output = new byte[300];
            byte[] digest = new byte[64];
            _ = suite.Name;

            foreach (IHashFunction hash in new[] { suite.CreateSha256(), suite.CreateSha512() })
            {
                using (hash)
                {
                    hash.Update(data, 0, data.Length);
                    hash.Finish(digest, 0);
                    hash.Reset();
                }
            }

            foreach (IMac mac in new[] { suite.CreateHmacSha256(key, 0, 32), suite.CreateHmacSha512(key, 0, 32) })
            {
                using (mac)
                {
                    mac.Update(data, 0, data.Length);
                    mac.Finish(digest, 0);
                    mac.Reset();
                }
            }

            foreach (int keyLength in new[] { 16, 32 })
            {
                using IStreamCipher aes = suite.CreateAesCtr(key, 0, keyLength, new byte[16], 0);
                aes.Process(data, 0, 37, output, 0);
                aes.Process(data, 37, 263, output, 37);
            }

            using (IChaCha20 chacha = suite.CreateChaCha20(key, 0))
            {
                chacha.Start(new byte[8], 0, 1);
                chacha.Process(data, 0, data.Length, output, 0);
            }

            using (IPoly1305 poly = suite.CreatePoly1305())
            {
                poly.Start(key, 0);
                poly.Update(data, 0, data.Length);
                poly.Finish(digest, 0);
            }

            byte[] nine = new byte[32];
            nine[0] = 9;
            byte[] shared = new byte[32];
            suite.X25519(key, 0, nine, 0, shared, 0);
            suite.X25519(key, 0, new byte[32], 0, shared, 0);

            byte[] publicKey = new byte[32];
            byte[] signature = new byte[64];
            suite.Ed25519PublicKey(key, 0, publicKey, 0);
            suite.Ed25519Sign(key, 0, data, 0, data.Length, signature, 0);
            if (!suite.Ed25519Verify(publicKey, 0, data, 0, data.Length, signature, 0))
            {
                throw new InvalidOperationException("Ed25519 round trip failed");
            }

            signature[63] ^= 0x40;
            suite.Ed25519Verify(publicKey, 0, data, 0, data.Length, signature, 0);

            var report = new NullReport();
            if (CryptoSelfTest.Run(suite, report) != 0)
            {
                throw new InvalidOperationException("self-test failed");
            }
        }

        /// <summary>Key generation and the SecureRandom the backend gives BouncyCastle.</summary>
        internal static void DrawingEntropy(ICryptoSuite suite, IEntropySource source)
        {
            byte[] privateKey = new byte[32];
            byte[] publicKey = new byte[32];
            suite.X25519GenerateKeyPair(privateKey, 0, publicKey, 0);
            suite.Ed25519GenerateKeyPair(privateKey, 0, publicKey, 0);

            var random = new HalSecureRandom(source);
            random.NextBytes(privateKey);
            random.NextBytes(privateKey, 1, 7);
            random.NextBytes(privateKey.AsSpan(3, 5));
            _ = random.NextInt();
            _ = random.NextLong();
            _ = random.NextDouble();
            _ = random.NextSingle();
            _ = random.Next();
            _ = random.Next(1000);
            _ = random.Next(-5, 1000);
            _ = random.NextInt64();
            _ = random.NextInt64(1000);
            _ = random.NextInt64(long.MinValue, long.MaxValue);
            _ = random.GenerateSeed(16);
            random.GenerateSeed(privateKey.AsSpan(0, 8));
            random.SetSeed(42L);
            random.SetSeed(new byte[4]);
        }
    }
}
