using Callhome.AgentCore.Crypto;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Crypto
{
    /// <summary>Every entry point checks lengths and offsets first and throws ArgumentException naming the
    /// parameter (the seam's contract), rather than an index error from inside a primitive.</summary>
    [TestClass]
    public class BadInputTests
    {
        [TestMethod]
        public void Hashes()
        {
            ICryptoSuite suite = SuiteUnderTest.Suite;
            using (IHashFunction hash = suite.CreateSha256())
            {
                byte[] data = new byte[10];
                Expect.ArgumentException("data", () => hash.Update(data, 5, 6), "Update past the end");
                Expect.ArgumentException("data", () => hash.Update(data, -1, 2), "negative offset");
                Expect.ArgumentException("data", () => hash.Update(data, 0, -1), "negative count");
                Expect.ArgumentException("data", () => hash.Update(null!, 0, 0), "null data");
                Expect.ArgumentException("output", () => hash.Finish(new byte[31], 0), "short output");
                Expect.ArgumentException("output", () => hash.Finish(new byte[40], 9), "output offset");
            }

            using (IHashFunction hash = suite.CreateSha512())
            {
                Expect.ArgumentException("output", () => hash.Finish(new byte[63], 0), "SHA-512 short output");
            }
        }

        [TestMethod]
        public void Hmac()
        {
            ICryptoSuite suite = SuiteUnderTest.Suite;
            byte[] key = new byte[32];
            Expect.ArgumentException("key", () => suite.CreateHmacSha256(key, 1, 32), "key range");
            Expect.ArgumentException("key", () => suite.CreateHmacSha512(key, 0, 33), "key range");
            Expect.ArgumentException("key", () => suite.CreateHmacSha256(null!, 0, 0), "null key");
            using (IMac mac = suite.CreateHmacSha256(key, 0, 32))
            {
                Expect.ArgumentException("data", () => mac.Update(key, 30, 3), "Update past the end");
                Expect.ArgumentException("output", () => mac.Finish(new byte[31], 0), "short tag buffer");
            }

            using (IMac mac = suite.CreateHmacSha512(key, 0, 32))
            {
                Expect.ArgumentException("output", () => mac.Finish(new byte[64], 1), "tag offset");
            }
        }

        [TestMethod]
        public void AesCtr()
        {
            ICryptoSuite suite = SuiteUnderTest.Suite;
            byte[] key = new byte[32];
            byte[] counter = new byte[16];
            Expect.ArgumentException("keyLength", () => suite.CreateAesCtr(key, 0, 24, counter, 0), "AES-192 key length");
            Expect.ArgumentException("keyLength", () => suite.CreateAesCtr(key, 0, 15, counter, 0), "short key length");
            Expect.ArgumentException("key", () => suite.CreateAesCtr(key, 8, 32, counter, 0), "key past the end");
            Expect.ArgumentException("key", () => suite.CreateAesCtr(new byte[16], 0, 32, counter, 0), "key buffer too short");
            Expect.ArgumentException("counter", () => suite.CreateAesCtr(key, 0, 16, new byte[15], 0), "short counter");
            Expect.ArgumentException("counter", () => suite.CreateAesCtr(key, 0, 16, counter, 1), "counter offset");
            using (IStreamCipher aes = suite.CreateAesCtr(key, 0, 16, counter, 0))
            {
                byte[] data = new byte[20];
                Expect.ArgumentException("input", () => aes.Process(data, 10, 11, new byte[40], 0), "input past the end");
                Expect.ArgumentException("output", () => aes.Process(data, 0, 20, new byte[19], 0), "output too short");
                Expect.ArgumentException("output", () => aes.Process(data, 0, 20, data, 1), "output offset");
            }
        }

        [TestMethod]
        public void ChaCha20()
        {
            ICryptoSuite suite = SuiteUnderTest.Suite;
            Expect.ArgumentException("key", () => suite.CreateChaCha20(new byte[31], 0), "short key");
            Expect.ArgumentException("key", () => suite.CreateChaCha20(new byte[32], 1), "key offset");
            using (IChaCha20 chacha = suite.CreateChaCha20(new byte[32], 0))
            {
                Expect.ArgumentException("nonce", () => chacha.Start(new byte[7], 0, 0), "short nonce");
                Expect.ArgumentException("nonce", () => chacha.Start(new byte[12], 5, 0), "nonce offset");
                chacha.Start(new byte[8], 0, 0);
                byte[] data = new byte[64];
                Expect.ArgumentException("input", () => chacha.Process(data, 1, 64, new byte[64], 0), "input past the end");
                Expect.ArgumentException("output", () => chacha.Process(data, 0, 64, new byte[63], 0), "output too short");
            }
        }

        [TestMethod]
        public void Poly1305()
        {
            using (IPoly1305 poly = SuiteUnderTest.Suite.CreatePoly1305())
            {
                Expect.ArgumentException("key", () => poly.Start(new byte[31], 0), "short key");
                Expect.ArgumentException("key", () => poly.Start(new byte[32], 1), "key offset");
                poly.Start(new byte[32], 0);
                Expect.ArgumentException("data", () => poly.Update(new byte[16], 8, 9), "Update past the end");
                Expect.ArgumentException("tag", () => poly.Finish(new byte[15], 0), "short tag");
                Expect.ArgumentException("tag", () => poly.Finish(new byte[16], 1), "tag offset");
            }
        }

        [TestMethod]
        public void X25519()
        {
            ICryptoSuite suite = SuiteUnderTest.Suite;
            byte[] k = new byte[32];
            byte[] u = new byte[32];
            byte[] output = new byte[32];
            Expect.ArgumentException("scalar", () => suite.X25519(new byte[31], 0, u, 0, output, 0), "short scalar");
            Expect.ArgumentException("scalar", () => suite.X25519(k, 1, u, 0, output, 0), "scalar offset");
            Expect.ArgumentException("u", () => suite.X25519(k, 0, new byte[31], 0, output, 0), "short u");
            Expect.ArgumentException("u", () => suite.X25519(k, 0, null!, 0, output, 0), "null u");
            Expect.ArgumentException("output", () => suite.X25519(k, 0, u, 0, output, 1), "output offset");
            Expect.ArgumentException("privateKey", () => suite.X25519GenerateKeyPair(new byte[31], 0, u, 0), "short private key");
            Expect.ArgumentException("publicKey", () => suite.X25519GenerateKeyPair(k, 0, u, 2), "public key offset");
        }

        [TestMethod]
        public void Ed25519()
        {
            ICryptoSuite suite = SuiteUnderTest.Suite;
            byte[] seed = new byte[32];
            byte[] publicKey = new byte[32];
            byte[] message = new byte[10];
            byte[] signature = new byte[64];
            Expect.ArgumentException("seed", () => suite.Ed25519GenerateKeyPair(new byte[31], 0, publicKey, 0), "keygen seed");
            Expect.ArgumentException("publicKey", () => suite.Ed25519GenerateKeyPair(seed, 0, publicKey, 1), "keygen public key");
            Expect.ArgumentException("seed", () => suite.Ed25519PublicKey(seed, 1, publicKey, 0), "public key from seed: seed");
            Expect.ArgumentException("publicKey", () => suite.Ed25519PublicKey(seed, 0, new byte[31], 0), "public key from seed: output");
            Expect.ArgumentException("seed", () => suite.Ed25519Sign(new byte[16], 0, message, 0, 10, signature, 0), "sign: seed");
            Expect.ArgumentException("message", () => suite.Ed25519Sign(seed, 0, message, 5, 6, signature, 0), "sign: message");
            Expect.ArgumentException("signature", () => suite.Ed25519Sign(seed, 0, message, 0, 10, new byte[63], 0), "sign: signature");
            Expect.ArgumentException("publicKey", () => suite.Ed25519Verify(new byte[31], 0, message, 0, 10, signature, 0), "verify: key");
            Expect.ArgumentException("message", () => suite.Ed25519Verify(publicKey, 0, message, -1, 10, signature, 0), "verify: message");
            Expect.ArgumentException("signature", () => suite.Ed25519Verify(publicKey, 0, message, 0, 10, new byte[63], 0), "verify: 63-byte signature");
            Expect.ArgumentException("signature", () => suite.Ed25519Verify(publicKey, 0, message, 0, 10, signature, 1), "verify: signature offset");
            Expect.ArgumentException("publicKey", () => Ed25519Policy.Check(new byte[31], 0, signature, 0), "policy: key");
            Expect.ArgumentException("signature", () => Ed25519Policy.Check(publicKey, 0, new byte[63], 0), "policy: signature");
        }
    }
}
