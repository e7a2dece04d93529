using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Ssh.Kex;

namespace Callhome.AgentCore.Ssh.Transport
{
    /// <summary>
    /// The algorithm tables, in preference order (RFC 4253 §7.1: the client's order decides). Adding an
    /// algorithm is adding a row; nothing else switches on names.
    /// </summary>
    public static class SshAlgorithms
    {
        public const string Ed25519HostKey = "ssh-ed25519";
        public const string NoCompression = "none";

        /// <summary>RFC 8308 §2.1: a client asks for SSH_MSG_EXT_INFO by listing this as a kex "algorithm".</summary>
        public const string ExtInfoClient = "ext-info-c";

        /// <summary>OpenSSH PROTOCOL §1.10 strict key exchange (the Terrapin countermeasure).</summary>
        public const string StrictKexClient = "kex-strict-c-v00@openssh.com";
        public const string StrictKexServer = "kex-strict-s-v00@openssh.com";

        public static readonly KexAlgorithm[] Kex = new KexAlgorithm[]
        {
            new KexAlgorithm("curve25519-sha256", Curve25519Sha256.Create),
            new KexAlgorithm("curve25519-sha256@libssh.org", Curve25519Sha256.Create),
        };

        public static readonly string[] HostKey = new string[] { Ed25519HostKey };

        public static readonly EncryptionAlgorithm[] Encryption = new EncryptionAlgorithm[]
        {
            new EncryptionAlgorithm("chacha20-poly1305@openssh.com", 64, 0, true, CreateChaChaPoly),
            new EncryptionAlgorithm("aes128-ctr", 16, 16, false, CreateAesCtr),
            new EncryptionAlgorithm("aes256-ctr", 32, 16, false, CreateAesCtr),
        };

        public static readonly MacAlgorithm[] Macs = new MacAlgorithm[]
        {
            new MacAlgorithm("hmac-sha2-256-etm@openssh.com", 32, true, CreateHmacSha256),
            new MacAlgorithm("hmac-sha2-512-etm@openssh.com", 64, true, CreateHmacSha512),
            new MacAlgorithm("hmac-sha2-256", 32, false, CreateHmacSha256),
            new MacAlgorithm("hmac-sha2-512", 64, false, CreateHmacSha512),
        };

        public static KexAlgorithm? FindKex(string name)
        {
            for (int i = 0; i < Kex.Length; i++)
            {
                if (Kex[i].Name == name)
                {
                    return Kex[i];
                }
            }

            return null;
        }

        public static EncryptionAlgorithm? FindEncryption(string name)
        {
            for (int i = 0; i < Encryption.Length; i++)
            {
                if (Encryption[i].Name == name)
                {
                    return Encryption[i];
                }
            }

            return null;
        }

        public static MacAlgorithm? FindMac(string name)
        {
            for (int i = 0; i < Macs.Length; i++)
            {
                if (Macs[i].Name == name)
                {
                    return Macs[i];
                }
            }

            return null;
        }

        public static string[] KexNames()
        {
            string[] names = new string[Kex.Length];
            for (int i = 0; i < Kex.Length; i++)
            {
                names[i] = Kex[i].Name;
            }

            return names;
        }

        public static string[] EncryptionNames()
        {
            string[] names = new string[Encryption.Length];
            for (int i = 0; i < Encryption.Length; i++)
            {
                names[i] = Encryption[i].Name;
            }

            return names;
        }

        public static string[] MacNames()
        {
            string[] names = new string[Macs.Length];
            for (int i = 0; i < Macs.Length; i++)
            {
                names[i] = Macs[i].Name;
            }

            return names;
        }

        private static ChaChaPolyProtection CreateChaChaPoly(ICryptoSuite suite, byte[] key, byte[] iv, MacAlgorithm? mac, byte[] macKey)
        {
            return new ChaChaPolyProtection(suite, key);
        }

        private static AesCtrHmacProtection CreateAesCtr(ICryptoSuite suite, byte[] key, byte[] iv, MacAlgorithm? mac, byte[] macKey)
        {
            System.ArgumentNullException.ThrowIfNull(mac);

            return new AesCtrHmacProtection(suite, key, iv, mac.Create(suite, macKey), mac.EncryptThenMac);
        }

        private static IMac CreateHmacSha256(ICryptoSuite suite, byte[] key, int offset, int count)
        {
            return suite.CreateHmacSha256(key, offset, count);
        }

        private static IMac CreateHmacSha512(ICryptoSuite suite, byte[] key, int offset, int count)
        {
            return suite.CreateHmacSha512(key, offset, count);
        }
    }
}
