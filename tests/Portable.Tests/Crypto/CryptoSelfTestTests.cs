using System;
using Callhome.AgentCore.Crypto;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Crypto
{
    [TestClass]
    public class CryptoSelfTestTests
    {
        [TestMethod]
        public void PassesWithTheSuiteUnderTest()
        {
            var report = new RecordingReport();
            int failures = CryptoSelfTest.Run(SuiteUnderTest.Suite, report);
            for (int i = 0; i < report.Count; i++)
            {
                OutputHelper.WriteLine((report.Passed[i] ? "pass " : "FAIL ") + report.Names[i]);
            }

            Assert.AreEqual(0, failures, "failures");
            Assert.AreEqual(12, report.Count, "one report per known-answer test");
            for (int i = 0; i < report.Count; i++)
            {
                Assert.IsTrue(report.Passed[i], report.Names[i]);
            }
        }

        [TestMethod]
        [DataRow(BrokenSuite.WrongSha256, "SHA-256", 1)]
        [DataRow(BrokenSuite.AcceptsEverySignature, "Ed25519 rejects", 2)]
        [DataRow(BrokenSuite.ThrowsFromX25519, "X25519", 1)]
        [DataRow(BrokenSuite.WrongChaChaCounter, "ChaCha20", 1)]
        public void ReportsABrokenPrimitive(int fault, string failingName, int expectedFailures)
        {
            var report = new RecordingReport();
            int failures = CryptoSelfTest.Run(new BrokenSuite(SuiteUnderTest.Suite, fault), report);
            Assert.AreEqual(expectedFailures, failures, "failures");
            int failed = 0;
            for (int i = 0; i < report.Count; i++)
            {
                if (!report.Passed[i])
                {
                    failed++;
                    Assert.StartsWith(failingName, report.Names[i]);
                }
            }

            Assert.AreEqual(expectedFailures, failed, "failed reports");
        }

        private sealed class RecordingReport : ISelfTestReport
        {
            public string[] Names { get; } = new string[64];

            public bool[] Passed { get; } = new bool[64];

            public int Count { get; private set; }

            public void Report(string name, bool passed)
            {
                Names[Count] = name;
                Passed[Count] = passed;
                Count++;
            }
        }

        /// <summary>The suite under test with one deliberate fault.</summary>
        private sealed class BrokenSuite : ICryptoSuite
        {
            public const int WrongSha256 = 1;
            public const int AcceptsEverySignature = 2;
            public const int ThrowsFromX25519 = 3;
            public const int WrongChaChaCounter = 4;

            private readonly ICryptoSuite inner;
            private readonly int fault;

            public BrokenSuite(ICryptoSuite inner, int fault)
            {
                this.inner = inner;
                this.fault = fault;
            }

            public string Name => "broken " + inner.Name;

            public IHashFunction CreateSha256() => fault == WrongSha256 ? inner.CreateSha512() : inner.CreateSha256();

            public IHashFunction CreateSha512() => inner.CreateSha512();

            public IMac CreateHmacSha256(byte[] key, int offset, int count) => inner.CreateHmacSha256(key, offset, count);

            public IMac CreateHmacSha512(byte[] key, int offset, int count) => inner.CreateHmacSha512(key, offset, count);

            public IStreamCipher CreateAesCtr(byte[] key, int keyOffset, int keyLength, byte[] counter, int counterOffset)
                => inner.CreateAesCtr(key, keyOffset, keyLength, counter, counterOffset);

            public IChaCha20 CreateChaCha20(byte[] key, int offset)
                => fault == WrongChaChaCounter ? new Rfc8439Counter(inner.CreateChaCha20(key, offset)) : inner.CreateChaCha20(key, offset);

            public IPoly1305 CreatePoly1305() => inner.CreatePoly1305();

            public bool X25519(byte[] scalar, int scalarOffset, byte[] u, int uOffset, byte[] output, int outputOffset)
            {
                if (fault == ThrowsFromX25519)
                {
                    throw new InvalidOperationException("deliberate fault");
                }

                return inner.X25519(scalar, scalarOffset, u, uOffset, output, outputOffset);
            }

            public void X25519GenerateKeyPair(byte[] privateKey, int privateOffset, byte[] publicKey, int publicOffset)
                => inner.X25519GenerateKeyPair(privateKey, privateOffset, publicKey, publicOffset);

            public void Ed25519GenerateKeyPair(byte[] seed, int seedOffset, byte[] publicKey, int publicOffset)
                => inner.Ed25519GenerateKeyPair(seed, seedOffset, publicKey, publicOffset);

            public void Ed25519PublicKey(byte[] seed, int seedOffset, byte[] publicKey, int publicOffset)
                => inner.Ed25519PublicKey(seed, seedOffset, publicKey, publicOffset);

            public void Ed25519Sign(byte[] seed, int seedOffset, byte[] message, int messageOffset, int messageLength,
                byte[] signature, int signatureOffset)
                => inner.Ed25519Sign(seed, seedOffset, message, messageOffset, messageLength, signature, signatureOffset);

            public bool Ed25519Verify(byte[] publicKey, int publicOffset, byte[] message, int messageOffset, int messageLength,
                byte[] signature, int signatureOffset)
                => fault == AcceptsEverySignature
                    || inner.Ed25519Verify(publicKey, publicOffset, message, messageOffset, messageLength, signature, signatureOffset);
        }

        /// <summary>A ChaCha20 that keeps only the low 32 bits of the counter, as a backend built on an
        /// RFC 8439 engine might.</summary>
        private sealed class Rfc8439Counter : IChaCha20
        {
            private readonly IChaCha20 inner;

            public Rfc8439Counter(IChaCha20 inner)
            {
                this.inner = inner;
            }

            public void Start(byte[] nonce, int nonceOffset, ulong blockCounter) => inner.Start(nonce, nonceOffset, blockCounter & 0xffffffffUL);

            public void Process(byte[] input, int inputOffset, int count, byte[] output, int outputOffset)
                => inner.Process(input, inputOffset, count, output, outputOffset);

            public void Dispose() => inner.Dispose();
        }
    }
}
