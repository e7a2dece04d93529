using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Security.Cryptography;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.Crypto.BouncyCastle;
using Callhome.Hal;

namespace Callhome.Ssh.Tests.Support
{
    /// <summary>Deterministic entropy (a seeded PRNG): makes a whole session replayable byte for byte.</summary>
    internal sealed class SeededEntropy : IEntropySource
    {
        private readonly Random random;

        public SeededEntropy(int seed)
        {
            random = new Random(seed);
        }

        public void GetBytes(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
#pragma warning disable CA5394 // Deliberately predictable: replay tests need the same "random" bytes.
            random.NextBytes(buffer.AsSpan(offset, count));
#pragma warning restore CA5394
        }
    }

    /// <summary>A clock the test moves by hand.</summary>
    internal sealed class ManualClock : IMonotonicClock
    {
        public long ElapsedMilliseconds { get; set; }
    }

    internal static class TestPlatform
    {
        public static ICryptoSuite Suite(IEntropySource entropy) => new BouncyCastleSuite(entropy);

        /// <summary>A device identity with a fresh key (or one from a fixed seed).</summary>
        public static DeviceIdentity NewDevice(ICryptoSuite suite, byte[]? seed = null)
        {
            var store = new MemoryKeyStore();
            if (seed != null)
            {
                store.Write(DeviceIdentity.KeySlot, seed, 0, seed.Length);
            }

            return DeviceIdentity.LoadOrCreate(store, suite);
        }

        public static string AuthorizedKeysLine(DeviceIdentity device) =>
            SshPublicKeyFormat.AuthorizedKeysLine(device.PublicKeyBlob(), "callhome-test-device");

        /// <summary>The SHA256 fingerprint of an OpenSSH public key line ("ssh-ed25519 AAAA... comment").</summary>
        public static string FingerprintOfLine(string publicKeyLine, ICryptoSuite suite)
        {
            string[] parts = publicKeyLine.Trim().Split(' ');
            return SshPublicKeyFormat.Sha256Fingerprint(Convert.FromBase64String(parts[1]), suite);
        }
    }
}
