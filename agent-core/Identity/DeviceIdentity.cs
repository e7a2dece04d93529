using System;
using Callhome.AgentCore.Crypto;
using Callhome.Hal;

namespace Callhome.AgentCore.Identity
{
    /// <summary>
    /// The device's Ed25519 key (RFC 8709 ssh-ed25519), created from HAL entropy on first boot and kept in the
    /// key store. The seed stays inside this object and the store: callers get signatures and the public key,
    /// never the private bytes (the draft §5: the manager pins this key at enrolment).
    /// </summary>
    public sealed class DeviceIdentity : IDisposable
    {
        public const string KeySlot = "device-ed25519";
        public const int SeedLength = 32;
        public const int PublicKeyLength = 32;
        public const int SignatureLength = 64;

        private readonly ICryptoSuite suite;
        private readonly byte[] seed;
        private readonly byte[] publicKey;

        private DeviceIdentity(ICryptoSuite suite, byte[] seed, byte[] publicKey, bool created)
        {
            this.suite = suite;
            this.seed = seed;
            this.publicKey = publicKey;
            Created = created;
        }

        /// <summary>True when this boot generated the key (first boot or after a factory reset).</summary>
        public bool Created { get; }

        public static DeviceIdentity LoadOrCreate(IKeyStore store, ICryptoSuite suite)
        {
            ArgumentNullException.ThrowIfNull(store);

            ArgumentNullException.ThrowIfNull(suite);

            byte[] seed = new byte[SeedLength];
            byte[] publicKey = new byte[PublicKeyLength];
            int length = store.Read(KeySlot, seed, 0, SeedLength);
            if (length == SeedLength)
            {
                suite.Ed25519PublicKey(seed, 0, publicKey, 0);
                return new DeviceIdentity(suite, seed, publicKey, false);
            }

            if (length != -1)
            {
                // A slot of the wrong size is corrupt, not absent: replacing it silently would change the
                // identity the manager pinned, so refuse and let the operator decide.
                ConstantTime.Wipe(seed);
                throw new InvalidOperationException("key slot " + KeySlot + " holds " + length + " bytes, expected " + SeedLength);
            }

            suite.Ed25519GenerateKeyPair(seed, 0, publicKey, 0);
            store.Write(KeySlot, seed, 0, SeedLength);
            return new DeviceIdentity(suite, seed, publicKey, true);
        }

        public void CopyPublicKey(byte[] destination, int offset)
        {
            Arguments.CheckRange(destination, offset, PublicKeyLength, "destination");
            Array.Copy(publicKey, 0, destination, offset, PublicKeyLength);
        }

        public void Sign(byte[] message, int offset, int count, byte[] signature, int signatureOffset)
        {
            suite.Ed25519Sign(seed, 0, message, offset, count, signature, signatureOffset);
        }

        /// <summary>The public key blob of RFC 8709 §4: string "ssh-ed25519", string key.</summary>
        public byte[] PublicKeyBlob()
        {
            return SshPublicKeyFormat.Ed25519Blob(publicKey, 0);
        }

        public void Dispose()
        {
            ConstantTime.Wipe(seed);
        }
    }
}
