using System;
using Callhome.AgentCore.Crypto;
using Callhome.Hal;

namespace Callhome.AgentCore.Ssh.Transport
{
    /// <summary>
    /// Frames payloads into binary packets (RFC 4253 §6): random padding of at least 4 bytes up to the block
    /// multiple, then the current protection. The sequence number counts every packet and wraps at 2^32 (§6.4).
    /// </summary>
    public sealed class PacketWriter : IDisposable
    {
        private const int MaxPadding = 4 + 32;

        private readonly byte[] plain;
        private readonly IEntropySource entropy;
        private IPacketProtection protection = new NoneProtection();

        public PacketWriter(int maxPacketLength, IEntropySource entropy)
        {
            plain = new byte[4 + maxPacketLength + MaxPadding];
            this.entropy = entropy;
        }

        public uint SequenceNumber { get; private set; }

        /// <summary>Bytes of every packet written so far (length, payload, padding, MAC or tag): re-key by volume.</summary>
        public long BytesWritten { get; private set; }

        /// <summary>The largest payload that fits a packet under the limit whatever the padding.</summary>
        public int MaxPayloadLength
        {
            get { return plain.Length - 4 - 1 - MaxPadding - MaxPadding; }
        }

        public void SetProtection(IPacketProtection next)
        {
            protection.Dispose();
            protection = next;
        }

        public void ResetSequenceNumber()
        {
            SequenceNumber = 0;
        }

        public void Write(byte[] payload, int offset, int count, Outbox outbox)
        {
            if (count < 1 || count > MaxPayloadLength)
            {
                throw new System.ArgumentException("payload of " + count + " bytes does not fit a packet", nameof(count));
            }

            int block = protection.BlockSize;
            int aligned = (protection.LengthOutsideAlignment ? 0 : 4) + 1 + count;
            int padding = block - (aligned % block);
            if (padding < 4)
            {
                padding += block;
            }

            int packetLength = 1 + count + padding;
            PacketBytes.WriteUInt32(plain, 0, (uint)packetLength);
            plain[4] = (byte)padding;
            System.Array.Copy(payload, offset, plain, 5, count);
            entropy.GetBytes(plain, 5 + count, padding);
            int total = 4 + packetLength;
            int at = outbox.Reserve(total + protection.TagLength);
            protection.Seal(SequenceNumber, plain, 0, total, outbox.Buffer, at);
            outbox.Commit(total + protection.TagLength);
            BytesWritten += total + protection.TagLength;
            ConstantTimeClear(total);
            SequenceNumber = unchecked(SequenceNumber + 1);
        }

        public void Dispose()
        {
            protection.Dispose();
            ConstantTime.Wipe(plain);
        }

        private void ConstantTimeClear(int count)
        {
            System.Array.Clear(plain, 0, count);
        }
    }
}
