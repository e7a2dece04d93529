using Callhome.AgentCore.Crypto;

namespace Callhome.AgentCore.Ssh.Transport
{
    public delegate IMac MacFactory(ICryptoSuite suite, byte[] key, int offset, int count);

    /// <summary>An immutable MAC descriptor (RFC 6668 and OpenSSH's -etm variants).</summary>
    public sealed class MacAlgorithm
    {
        private readonly MacFactory factory;

        public MacAlgorithm(string name, int keyLength, bool encryptThenMac, MacFactory factory)
        {
            Name = name;
            KeyLength = keyLength;
            EncryptThenMac = encryptThenMac;
            this.factory = factory;
        }

        public string Name { get; }

        public int KeyLength { get; }

        public bool EncryptThenMac { get; }

        public IMac Create(ICryptoSuite suite, byte[] key)
        {
            return factory(suite, key, 0, KeyLength);
        }
    }
}
