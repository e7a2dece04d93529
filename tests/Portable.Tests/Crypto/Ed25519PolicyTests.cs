using Callhome.AgentCore.Crypto;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Crypto
{
    /// <summary>
    /// One vector per rule of <see cref="Ed25519Policy"/>, each derived by
    /// tests/Crypto.Tests/Vectors/ed25519_policy_vectors.py, which also shows that a verifier lacking the rule
    /// (no canonicity or small-order checks, or the cofactored equation) would accept the vector. The
    /// messages are ASCII labels ("small-order key 2", ...).
    /// </summary>
    [TestClass]
    public class Ed25519PolicyTests
    {
        [TestMethod]
        [DataRow("RFC 8032 TEST 1",
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
            + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
            (int)Ed25519Verdict.Acceptable, true)]
        [DataRow("TEST 1 with S + L",
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
            + "4c8c7872aa064e049dbb3013fbf29380d25bf5f0595bbe24655141438e7a101b",
            (int)Ed25519Verdict.NonCanonicalS, false)]
        [DataRow("small-order A (order 8), k = 0 mod 8",
            "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a", "736d616c6c2d6f72646572206b65792032",
            "fa818a5a1a57fc8a76f3f0142a87fe021915e4c762c5611fd2ef9b119a10ef32"
            + "fe129f1f5ff2b3d04734f36384e4999344073345d7fcd07f325b444bafd00600",
            (int)Ed25519Verdict.SmallOrderA, false)]
        [DataRow("non-canonical A (the identity as y = p + 1)",
            "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", "6e6f6e2d63616e6f6e6963616c206b6579",
            "fa818a5a1a57fc8a76f3f0142a87fe021915e4c762c5611fd2ef9b119a10ef32"
            + "fe129f1f5ff2b3d04734f36384e4999344073345d7fcd07f325b444bafd00600",
            (int)Ed25519Verdict.NonCanonicalA, false)]
        [DataRow("non-canonical R (the identity as y = p + 1)",
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "6e6f6e2d63616e6f6e6963616c2052",
            "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"
            + "86ca47bf0a9e1b5ca2eda7c6b4b740de1c5e33c30c8e11324bf60a34c7672201",
            (int)Ed25519Verdict.NonCanonicalR, false)]
        [DataRow("mixed-order R (holds only cofactored)",
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "6d697865642d6f726465722052",
            "be5ab74ff3d1df6a0547193835c451d4e4540407ede892ca7abcf4b9b66a7d65"
            + "a03e1866c9c4cb27b98ca97947b685d36145672c7299109094a8bcfa73bc8b05",
            (int)Ed25519Verdict.Acceptable, false)]
        [DataRow("small-order R (the identity, canonical)",
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "6964656e746974792052",
            "0100000000000000000000000000000000000000000000000000000000000000"
            + "cb31e99a3154231387852f4fd83481101ef00930f414baa54fbdbfcd96306e09",
            (int)Ed25519Verdict.Acceptable, true)]
        [DataRow("mixed-order A (not small order)",
            "9158312a9a8d6e3b34c891d6d61444f8b8211c5117ebad15bdb0bd68b07e0245", "6d697865642d6f72646572206b65792034",
            "32e7178c52df4d121c00fe8fd2482f8a09775c40e746e05b7377c5f9c8f5095c"
            + "84aca053dbeb34a390363250cfc628017d48337dceb4c03898b37a50221ee00b",
            (int)Ed25519Verdict.Acceptable, true)]
        public void EachRuleHasAVector(string name, string publicHex, string messageHex, string signatureHex, int verdict, bool valid)
        {
            byte[] publicKey = Hex.Decode(publicHex);
            byte[] message = Hex.Decode(messageHex);
            byte[] signature = Hex.Decode(signatureHex);
            Assert.AreEqual(verdict, (int)Ed25519Policy.Check(publicKey, 0, signature, 0), name + ": pre-check verdict");
            Assert.AreEqual(valid, SuiteUnderTest.Suite.Ed25519Verify(publicKey, 0, message, 0, message.Length, signature, 0),
                name + ": verification");
        }

        /// <summary>Every encoding of every torsion point is refused as a public key, whatever the signature.</summary>
        [TestMethod]
        [DataRow("0100000000000000000000000000000000000000000000000000000000000000")]
        [DataRow("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")]
        [DataRow("0000000000000000000000000000000000000000000000000000000000000000")]
        [DataRow("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a")]
        [DataRow("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05")]
        [DataRow("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")]
        [DataRow("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")]
        public void SmallOrderKeysAreRefusedInEveryEncoding(string yHex)
        {
            byte[] signature = Hex.Decode(
                "fa818a5a1a57fc8a76f3f0142a87fe021915e4c762c5611fd2ef9b119a10ef32"
                + "fe129f1f5ff2b3d04734f36384e4999344073345d7fcd07f325b444bafd00600");
            byte[] message = Hex.Decode("736d616c6c2d6f72646572206b65792032");
            for (int sign = 0; sign < 2; sign++)
            {
                byte[] publicKey = Hex.Decode(yHex);
                publicKey[31] |= (byte)(sign << 7);
                Assert.IsTrue(Ed25519Policy.IsSmallOrderPoint(publicKey, 0), yHex + " sign " + sign.ToString());
                Assert.AreNotEqual((int)Ed25519Verdict.Acceptable, (int)Ed25519Policy.Check(publicKey, 0, signature, 0));
                Assert.IsFalse(SuiteUnderTest.Suite.Ed25519Verify(publicKey, 0, message, 0, message.Length, signature, 0));
            }
        }

        [TestMethod]
        public void CanonicalBoundaries()
        {
            // L - 1 and L; p - 1 and p; the base point with its sign bit (x != 0) is canonical.
            Assert.IsTrue(Ed25519Policy.IsCanonicalScalar(Hex.Decode("ecd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010"), 0));
            Assert.IsFalse(Ed25519Policy.IsCanonicalScalar(Hex.Decode("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010"), 0));
            Assert.IsFalse(Ed25519Policy.IsCanonicalScalar(Hex.Decode("0000000000000000000000000000000000000000000000000000000000000011"), 0));
            Assert.IsTrue(Ed25519Policy.IsCanonicalPoint(Hex.Decode("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"), 0));
            Assert.IsFalse(Ed25519Policy.IsCanonicalPoint(Hex.Decode("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"), 0));
            Assert.IsFalse(Ed25519Policy.IsCanonicalPoint(Hex.Decode("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"), 0));
            Assert.IsTrue(Ed25519Policy.IsCanonicalPoint(Hex.Decode("58666666666666666666666666666666666666666666666666666666666666e6"), 0));
            Assert.IsFalse(Ed25519Policy.IsCanonicalPoint(Hex.Decode("0100000000000000000000000000000000000000000000000000000000000080"), 0));
        }
    }
}
