using Callhome.AgentCore.Crypto;

namespace Callhome.AgentCore.Ssh.Transport
{
    /// <summary>chacha20-poly1305@openssh.com (OpenSSH PROTOCOL.chacha20poly1305): 64-byte key, no IV, no
    /// separate MAC; the encrypted length is authenticated data, the rest aligned to 8.</summary>
    public sealed class ChaChaPolyProtection : IPacketProtection
    {
        private readonly OpenSshChaCha20Poly1305 aead;

        public ChaChaPolyProtection(ICryptoSuite suite, byte[] key)
        {
            aead = new OpenSshChaCha20Poly1305(suite, key, 0);
        }

        public int BlockSize
        {
            get { return 8; }
        }

        public int TagLength
        {
            get { return OpenSshChaCha20Poly1305.TagLength; }
        }

        public bool LengthOutsideAlignment
        {
            get { return true; }
        }

        public int HeaderLength
        {
            get { return 4; }
        }

        public void Seal(uint sequenceNumber, byte[] packet, int offset, int count, byte[] output, int outputOffset)
        {
            aead.Seal(sequenceNumber, packet, offset, count, output, outputOffset);
        }

        public uint ReadLength(uint sequenceNumber, byte[] input, int offset)
        {
            return aead.DecryptLength(sequenceNumber, input, offset);
        }

        public bool Open(uint sequenceNumber, byte[] input, int offset, int count, byte[] output, int outputOffset)
        {
            return aead.Open(sequenceNumber, input, offset, count, output, outputOffset);
        }

        public void Dispose()
        {
            aead.Dispose();
        }
    }
}
