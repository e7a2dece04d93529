using System;
using Callhome.AgentCore.Crypto;

namespace Callhome.AgentCore.Ssh.Transport
{
    /// <summary>
    /// aes128-ctr / aes256-ctr (RFC 4344) with an HMAC (RFC 6668 names). Classic MAC (RFC 4253 §6.4): the MAC
    /// covers uint32 seq || the plaintext packet, and the whole packet including its length is encrypted.
    /// Encrypt-then-MAC (OpenSSH PROTOCOL "*-etm@openssh.com"): the length stays in clear, the MAC covers
    /// seq || length || ciphertext and is checked before anything is decrypted.
    /// </summary>
    public sealed class AesCtrHmacProtection : IPacketProtection
    {
        private const int AesBlock = 16;

        private readonly IStreamCipher cipher;
        private readonly IMac mac;
        private readonly bool encryptThenMac;
        private readonly byte[] sequence = new byte[4];
        private readonly byte[] tag;
        private readonly byte[] firstBlock = new byte[AesBlock];

        public AesCtrHmacProtection(ICryptoSuite suite, byte[] key, byte[] iv, IMac mac, bool encryptThenMac)
        {
            cipher = suite.CreateAesCtr(key, 0, key.Length, iv, 0);
            this.mac = mac;
            this.encryptThenMac = encryptThenMac;
            tag = new byte[mac.MacSize];
        }

        public int BlockSize
        {
            get { return AesBlock; }
        }

        public int TagLength
        {
            get { return tag.Length; }
        }

        public bool LengthOutsideAlignment
        {
            get { return encryptThenMac; }
        }

        public int HeaderLength
        {
            get { return encryptThenMac ? 4 : AesBlock; }
        }

        public void Seal(uint sequenceNumber, byte[] packet, int offset, int count, byte[] output, int outputOffset)
        {
            StartMac(sequenceNumber);
            if (encryptThenMac)
            {
                Array.Copy(packet, offset, output, outputOffset, 4);
                cipher.Process(packet, offset + 4, count - 4, output, outputOffset + 4);
                mac.Update(output, outputOffset, count);
            }
            else
            {
                mac.Update(packet, offset, count);
                cipher.Process(packet, offset, count, output, outputOffset);
            }

            mac.Finish(output, outputOffset + count);
        }

        public uint ReadLength(uint sequenceNumber, byte[] input, int offset)
        {
            if (encryptThenMac)
            {
                return PacketBytes.ReadUInt32(input, offset);
            }

            // CTR's key stream moves on: keep the decrypted first block for Open instead of decrypting twice.
            cipher.Process(input, offset, AesBlock, firstBlock, 0);
            return PacketBytes.ReadUInt32(firstBlock, 0);
        }

        public bool Open(uint sequenceNumber, byte[] input, int offset, int count, byte[] output, int outputOffset)
        {
            StartMac(sequenceNumber);
            if (encryptThenMac)
            {
                mac.Update(input, offset, count);
                mac.Finish(tag, 0);
                if (!ConstantTime.AreEqual(tag, 0, input, offset + count, tag.Length))
                {
                    return false;
                }

                Array.Copy(input, offset, output, outputOffset, 4);
                cipher.Process(input, offset + 4, count - 4, output, outputOffset + 4);
                return true;
            }

            Array.Copy(firstBlock, 0, output, outputOffset, AesBlock);
            cipher.Process(input, offset + AesBlock, count - AesBlock, output, outputOffset + AesBlock);
            mac.Update(output, outputOffset, count);
            mac.Finish(tag, 0);
            return ConstantTime.AreEqual(tag, 0, input, offset + count, tag.Length);
        }

        public void Dispose()
        {
            cipher.Dispose();
            mac.Dispose();
            Array.Clear(firstBlock, 0, AesBlock);
        }

        private void StartMac(uint sequenceNumber)
        {
            mac.Reset();
            PacketBytes.WriteUInt32(sequence, 0, sequenceNumber);
            mac.Update(sequence, 0, 4);
        }
    }
}
