using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Ssh.Transport;
using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Kex
{
    /// <summary>ssh-ed25519 host keys and signatures (RFC 8709 §4, §6): blob and signature parsing, and
    /// verification of the exchange hash H.</summary>
    public static class Ed25519HostKey
    {
        public const int KeyLength = 32;
        public const int SignatureLength = 64;

        /// <summary>The 32-byte public key inside a host key blob; SshFormatException when malformed.</summary>
        public static byte[] ParseBlob(byte[] blob)
        {
            SshReader reader = new SshReader(blob, 0, blob.Length);
            ExpectName(ref reader);
            byte[] key = reader.ReadStringBytes(KeyLength);
            if (key.Length != KeyLength)
            {
                throw new SshFormatException("ssh-ed25519 key is not 32 bytes");
            }

            reader.ExpectEnd();
            return key;
        }

        public static bool Verify(ICryptoSuite suite, byte[] publicKey, byte[] signatureBlob, byte[] message)
        {
            SshReader reader = new SshReader(signatureBlob, 0, signatureBlob.Length);
            ExpectName(ref reader);
            int offset;
            int length;
            reader.ReadString(SignatureLength, out offset, out length);
            if (length != SignatureLength)
            {
                throw new SshFormatException("ssh-ed25519 signature is not 64 bytes");
            }

            reader.ExpectEnd();
            return suite.Ed25519Verify(publicKey, 0, message, 0, message.Length, signatureBlob, offset);
        }

        /// <summary>The signature blob of RFC 8709 §6: string "ssh-ed25519", string signature.</summary>
        public static byte[] SignatureBlob(byte[] signature, int offset)
        {
            byte[] blob = new byte[4 + SshAlgorithms.Ed25519HostKey.Length + 4 + SignatureLength];
            SshWriter writer = new SshWriter(blob, 0);
            writer.WriteText(SshAlgorithms.Ed25519HostKey);
            writer.WriteString(signature, offset, SignatureLength);
            return blob;
        }

        private static void ExpectName(ref SshReader reader)
        {
            string name = reader.ReadText(32);
            if (name != SshAlgorithms.Ed25519HostKey)
            {
                throw new SshFormatException("expected ssh-ed25519, got " + name);
            }
        }
    }
}
