using System;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh;
using Callhome.Crypto.BouncyCastle;
using Callhome.Hal;

namespace Callhome.Fuzz
{
    /// <summary>
    /// Everything a target needs to be deterministic: seeded entropy, a hand-moved clock and fixed keys. A
    /// session built from these consumes the same "random" bytes in every run, so a recorded peer stream replays
    /// through the target past the key exchange (its ephemeral key and cookie are the recording's).
    /// </summary>
    public static class FuzzPlatform
    {
        public const int ClientEntropySeed = 4242;
        public const int ServerEntropySeed = 4343;
        public const string UserName = "fuzz";

        /// <summary>The device (client) key and the host key of our server and of the recorded sshd.</summary>
        public static byte[] DeviceSeed => Fill(0x11);

        public static byte[] HostSeed => Fill(0x22);

        public static ICryptoSuite Suite(int entropySeed) => new BouncyCastleSuite(new SeededEntropy(entropySeed));

        public static DeviceIdentity Identity(ICryptoSuite suite, byte[] seed)
        {
            var store = new OneSlotKeyStore();
            store.Write(DeviceIdentity.KeySlot, seed, 0, seed.Length);
            return DeviceIdentity.LoadOrCreate(store, suite);
        }

        /// <summary>The SHA256 fingerprint our client pins: the host key from <see cref="HostSeed"/>.</summary>
        public static string HostPin(ICryptoSuite suite)
        {
            using DeviceIdentity host = Identity(suite, HostSeed);
            return SshPublicKeyFormat.Sha256Fingerprint(host.PublicKeyBlob(), suite);
        }

        /// <summary>The client configuration of every recording and replay (it is hashed into the exchange hash
        /// through our KEXINIT, so it must not change between them).</summary>
        public static SshSessionConfig ClientConfig(ICryptoSuite suite, string userName = UserName)
        {
            var config = new SshSessionConfig(userName, HostPin(suite));
            config.Ciphers = new[] { "chacha20-poly1305@openssh.com" };
            return config;
        }

        public static SshSessionConfig ServerConfig(ICryptoSuite suite)
        {
            using DeviceIdentity device = Identity(suite, DeviceSeed);
            var config = new SshSessionConfig(string.Empty, string.Empty);
            config.Role = SshRole.Server;
            config.SoftwareVersion = "callhome-fuzz_0.1";
            config.AuthorizedKeys = AgentCore.Ssh.Auth.AuthorizedKeys.Parse(
                SshPublicKeyFormat.AuthorizedKeysLine(device.PublicKeyBlob(), "fuzz-device") + "\n");
            return config;
        }

        private static byte[] Fill(byte value)
        {
            byte[] seed = new byte[DeviceIdentity.SeedLength];
            Array.Fill(seed, value);
            return seed;
        }
    }

    /// <summary>xorshift32 entropy: the same bytes for the same seed on every run.</summary>
    public sealed class SeededEntropy : IEntropySource
    {
        private uint state;

        public SeededEntropy(int seed)
        {
            state = unchecked((uint)seed * 2654435761u) | 1u;
        }

        public void GetBytes(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            for (int i = 0; i < count; i++)
            {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                buffer[offset + i] = (byte)state;
            }
        }
    }

    public sealed class ManualClock : IMonotonicClock
    {
        public long ElapsedMilliseconds { get; set; }
    }

    internal sealed class OneSlotKeyStore : IKeyStore
    {
        private byte[]? value;

        public int Read(string slot, byte[] buffer, int offset, int count)
        {
            if (value == null)
            {
                return -1;
            }

            Array.Copy(value, 0, buffer, offset, Math.Min(count, value.Length));
            return value.Length;
        }

        public void Write(string slot, byte[] buffer, int offset, int count)
        {
            value = buffer.AsSpan(offset, count).ToArray();
        }

        public bool Delete(string slot)
        {
            value = null;
            return true;
        }
    }
}
