using Callhome.AgentCore.Crypto;

namespace Callhome.AgentCore.Ssh.Transport
{
    /// <summary>Builds one direction's protection from derived keys; mac is null for AEAD ciphers.</summary>
    public delegate IPacketProtection PacketProtectionFactory(ICryptoSuite suite, byte[] key, byte[] iv, MacAlgorithm? mac, byte[] macKey);

    /// <summary>An immutable cipher descriptor: its SSH name, key and IV lengths (RFC 4253 §7.2 derives exactly
    /// these many bytes), and whether it authenticates itself (then the negotiated MAC is unused).</summary>
    public sealed class EncryptionAlgorithm
    {
        private readonly PacketProtectionFactory factory;

        public EncryptionAlgorithm(string name, int keyLength, int ivLength, bool isAead, PacketProtectionFactory factory)
        {
            Name = name;
            KeyLength = keyLength;
            IvLength = ivLength;
            IsAead = isAead;
            this.factory = factory;
        }

        public string Name { get; }

        public int KeyLength { get; }

        public int IvLength { get; }

        public bool IsAead { get; }

        public IPacketProtection Create(ICryptoSuite suite, byte[] key, byte[] iv, MacAlgorithm? mac, byte[] macKey)
        {
            return factory(suite, key, iv, mac, macKey);
        }
    }
}
