using System;

namespace Callhome.AgentCore.Crypto
{
    /// <summary>
    /// The known-answer tests the firmware runs at boot before it dials out: one published vector per
    /// primitive, so a miscompiled or mis-wired backend stops the agent instead of talking nonsense (or
    /// accepting forgeries) to the manager. The ChaCha20 vector uses a counter above 2^32, so a backend that
    /// keeps only a 32-bit counter fails it; the S + L vector fails a backend that skips
    /// <see cref="Ed25519Policy"/>. The cost is dominated by the Ed25519 and X25519 scalar
    /// multiplications. Full vector sets are in tests/Portable.Tests/Crypto.
    /// </summary>
    public static class CryptoSelfTest
    {
        private const int TestCount = 12;

        private const string Abc = "616263";

        private const string JefeKey = "4a656665";

        /// <summary>"what do ya want for nothing?"</summary>
        private const string JefeData = "7768617420646f2079612077616e7420666f72206e6f7468696e673f";

        private const string Ed25519Seed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";

        private const string Ed25519Public = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

        private const string Ed25519Signature =
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
            + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

        /// <summary>TEST 1's signature with S replaced by S + L: passes the group equation, fails the policy.</summary>
        private const string Ed25519SignatureSPlusL =
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
            + "4c8c7872aa064e049dbb3013fbf29380d25bf5f0595bbe24655141438e7a101b";

        /// <returns>the number of failed tests; 0 means the suite may be used.</returns>
        public static int Run(ICryptoSuite suite, ISelfTestReport report)
        {
            ArgumentNullException.ThrowIfNull(suite);
            ArgumentNullException.ThrowIfNull(report);

            int failures = 0;
            for (int test = 0; test < TestCount; test++)
            {
                bool passed;
                try
                {
                    passed = RunOne(suite, test);
                }
#pragma warning disable CA1031 // Any exception from a backend under test is a failed test, not a crash at boot.
                catch (Exception)
#pragma warning restore CA1031
                {
                    passed = false;
                }

                if (!passed)
                {
                    failures++;
                }

                report.Report(Name(test), passed);
            }

            return failures;
        }

        private static string Name(int test)
        {
            switch (test)
            {
                case 0: return "SHA-256 FIPS 180-4 \"abc\"";
                case 1: return "SHA-512 FIPS 180-4 \"abc\"";
                case 2: return "HMAC-SHA-256 RFC 4231 case 2";
                case 3: return "HMAC-SHA-512 RFC 4231 case 2";
                case 4: return "X25519 RFC 7748 5.2 vector 1";
                case 5: return "Ed25519 RFC 8032 TEST 1 public key and signature";
                case 6: return "Ed25519 RFC 8032 TEST 1 verify";
                case 7: return "Ed25519 rejects a tampered message";
                case 8: return "Ed25519 rejects S + L (policy)";
                case 9: return "ChaCha20 RFC 8439 2.3.2 block";
                case 10: return "Poly1305 RFC 8439 2.5.2";
                default: return "AES-128-CTR SP 800-38A F.5.1 block 1";
            }
        }

        private static bool RunOne(ICryptoSuite suite, int test)
        {
            switch (test)
            {
                case 0: return Hash(suite.CreateSha256(), Abc,
                    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
                case 1: return Hash(suite.CreateSha512(), Abc,
                    "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                    + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
                case 2:
                    {
                        byte[] key = Hex.Decode(JefeKey);
                        return Mac(suite.CreateHmacSha256(key, 0, key.Length), JefeData,
                            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
                    }

                case 3:
                    {
                        byte[] key = Hex.Decode(JefeKey);
                        return Mac(suite.CreateHmacSha512(key, 0, key.Length), JefeData,
                            "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
                            + "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737");
                    }

                case 4: return X25519(suite);
                case 5: return Ed25519Sign(suite);
                case 6: return Ed25519Verify(suite, Hex.Decode(Ed25519Signature), new byte[0], true);
                case 7: return Ed25519Verify(suite, Hex.Decode(Ed25519Signature), new byte[] { 0x00 }, false);
                case 8: return Ed25519Verify(suite, Hex.Decode(Ed25519SignatureSPlusL), new byte[0], false);
                case 9: return ChaCha20(suite);
                case 10: return Poly1305(suite);
                default: return AesCtr(suite);
            }
        }

        private static bool Hash(IHashFunction hash, string messageHex, string expectedHex)
        {
            using (hash)
            {
                byte[] message = Hex.Decode(messageHex);
                byte[] digest = new byte[hash.HashSize];
                hash.Update(message, 0, message.Length);
                hash.Finish(digest, 0);
                return Hex.Encode(digest) == expectedHex;
            }
        }

        private static bool Mac(IMac mac, string messageHex, string expectedHex)
        {
            using (mac)
            {
                byte[] message = Hex.Decode(messageHex);
                byte[] tag = new byte[mac.MacSize];
                mac.Update(message, 0, message.Length);
                mac.Finish(tag, 0);
                return Hex.Encode(tag) == expectedHex;
            }
        }

        private static bool X25519(ICryptoSuite suite)
        {
            byte[] scalar = Hex.Decode("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4");
            byte[] u = Hex.Decode("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c");
            byte[] output = new byte[32];
            bool nonZero = suite.X25519(scalar, 0, u, 0, output, 0);
            return nonZero
                && Hex.Encode(output) == "c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552";
        }

        private static bool Ed25519Sign(ICryptoSuite suite)
        {
            byte[] seed = Hex.Decode(Ed25519Seed);
            byte[] publicKey = new byte[32];
            byte[] signature = new byte[64];
            suite.Ed25519PublicKey(seed, 0, publicKey, 0);
            suite.Ed25519Sign(seed, 0, new byte[0], 0, 0, signature, 0);
            ConstantTime.Wipe(seed);
            return Hex.Encode(publicKey) == Ed25519Public && Hex.Encode(signature) == Ed25519Signature;
        }

        private static bool Ed25519Verify(ICryptoSuite suite, byte[] signature, byte[] message, bool expected)
        {
            byte[] publicKey = Hex.Decode(Ed25519Public);
            return suite.Ed25519Verify(publicKey, 0, message, 0, message.Length, signature, 0) == expected;
        }

        /// <summary>RFC 8439's block (96-bit nonce 000000090000004a00000000, counter 1) is the same ChaCha20
        /// state as the 64-bit layout's counter 0x0900000000000001 (bytes 01 00 00 00 00 00 00 09) and nonce
        /// bytes 00 00 00 4a 00 00 00 00: state words 12-15 are 1, 0x09000000, 0x4a000000, 0.</summary>
        private static bool ChaCha20(ICryptoSuite suite)
        {
            byte[] key = Hex.Decode("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
            byte[] nonce = Hex.Decode("0000004a00000000");
            byte[] block = new byte[64];
            using (IChaCha20 chacha = suite.CreateChaCha20(key, 0))
            {
                chacha.Start(nonce, 0, 0x0900000000000001UL);
                chacha.Process(block, 0, block.Length, block, 0);
            }

            return Hex.Encode(block)
                == "10f1e7e4d13b5915500fdd1fa32071c4c7d1f4c733c068030422aa9ac3d46c4e"
                + "d2826446079faa0914c2d705d98b02a2b5129cd1de164eb9cbd083e8a2503c4e";
        }

        private static bool Poly1305(ICryptoSuite suite)
        {
            byte[] key = Hex.Decode("85d6be7857556d337f4452fe42d506a80103808afb0db2fd4abff6af4149f51b");

            // "Cryptographic Forum Research Group"
            byte[] message = Hex.Decode("43727970746f6772617068696320466f72756d2052657365617263682047726f7570");
            byte[] tag = new byte[16];
            using (IPoly1305 poly = suite.CreatePoly1305())
            {
                poly.Start(key, 0);
                poly.Update(message, 0, message.Length);
                poly.Finish(tag, 0);
            }

            return Hex.Encode(tag) == "a8061dc1305136c6c22b8baf0c0127a9";
        }

        private static bool AesCtr(ICryptoSuite suite)
        {
            byte[] key = Hex.Decode("2b7e151628aed2a6abf7158809cf4f3c");
            byte[] counter = Hex.Decode("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
            byte[] block = Hex.Decode("6bc1bee22e409f96e93d7e117393172a");
            using (IStreamCipher aes = suite.CreateAesCtr(key, 0, key.Length, counter, 0))
            {
                aes.Process(block, 0, block.Length, block, 0);
            }

            return Hex.Encode(block) == "874d6191b620e3261bef6864990db6ce";
        }
    }
}
