using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Ssh.Transport;

namespace Callhome.AgentCore.Ssh.Kex
{
    /// <summary>
    /// curve25519-sha256 (RFC 8731; the same as curve25519-sha256@libssh.org): X25519 with a fresh scalar, the
    /// 32-byte result read as a big-endian unsigned integer K (§3.1), an all-zero result refused (§3).
    /// </summary>
    public sealed class Curve25519Sha256 : IKeyExchangeMethod
    {
        public const int KeyLength = 32;

        private readonly ICryptoSuite suite;
        private readonly byte[] privateKey = new byte[KeyLength];

        private Curve25519Sha256(ICryptoSuite suite)
        {
            this.suite = suite;
            PublicKey = new byte[KeyLength];
            suite.X25519GenerateKeyPair(privateKey, 0, PublicKey, 0);
        }

        public byte[] PublicKey { get; }

        public static IKeyExchangeMethod Create(ICryptoSuite suite)
        {
            return new Curve25519Sha256(suite);
        }

        public byte[] ComputeSharedSecret(byte[] peerPublicKey)
        {
            if (peerPublicKey == null || peerPublicKey.Length != KeyLength)
            {
                throw new SshProtocolException(SshDisconnectReason.KeyExchangeFailed, "X25519 public key is not 32 bytes");
            }

            byte[] secret = new byte[KeyLength];
            if (!suite.X25519(privateKey, 0, peerPublicKey, 0, secret, 0))
            {
                throw new SshProtocolException(SshDisconnectReason.KeyExchangeFailed, "X25519 shared secret is all zero");
            }

            return secret;
        }

        public IHashFunction CreateHash()
        {
            return suite.CreateSha256();
        }

        public void Dispose()
        {
            ConstantTime.Wipe(privateKey);
        }
    }
}
