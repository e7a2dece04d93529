using System;

namespace Callhome.AgentCore.Ssh.Transport
{
    /// <summary>
    /// Reassembles binary packets (RFC 4253 §6) from received bytes into a fixed buffer sized by our limit:
    /// the length is bounded (SshLimits.MaxReceivePacketLength) and its alignment checked before anything
    /// more is read, the MAC or tag checked before the payload is used, the padding checked (at least 4 bytes,
    /// inside the packet). One packet at a time, so a NEWKEYS switches keys exactly at the next packet.
    /// </summary>
    public sealed class PacketReader : IDisposable
    {
        private const int MaxTag = 64;

        private readonly byte[] input;
        private readonly byte[] plain;
        private readonly int maxPacketLength;
        private IPacketProtection protection = new NoneProtection();
        private int filled;
        private int packetLength = -1;

        public PacketReader(int maxPacketLength)
        {
            this.maxPacketLength = maxPacketLength;
            input = new byte[4 + maxPacketLength + MaxTag];
            plain = new byte[4 + maxPacketLength];
        }

        /// <summary>Bytes of every packet read so far (length, payload, padding, MAC or tag): re-key by volume.</summary>
        public long BytesRead { get; private set; }

        /// <summary>The sequence number the next packet will have.</summary>
        public uint SequenceNumber { get; private set; }

        /// <summary>The decrypted packet buffer; payloads returned by TryRead are segments of it.</summary>
        public byte[] Plain
        {
            get { return plain; }
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

        /// <summary>Copies as many bytes as fit; returns how many.</summary>
        public int Append(byte[] data, int offset, int count)
        {
            int n = input.Length - filled < count ? input.Length - filled : count;
            Array.Copy(data, offset, input, filled, n);
            filled += n;
            return n;
        }

        /// <summary>Decrypts the next complete packet into <see cref="Plain"/>; false when more bytes are needed.
        /// sequence is that packet's number (for UNIMPLEMENTED).</summary>
        public bool TryRead(out int payloadOffset, out int payloadLength, out uint sequence)
        {
            payloadOffset = 0;
            payloadLength = 0;
            sequence = SequenceNumber;
            if (packetLength < 0)
            {
                if (filled < protection.HeaderLength)
                {
                    return false;
                }

                uint declared = protection.ReadLength(SequenceNumber, input, 0);
                int aligned = protection.LengthOutsideAlignment ? 0 : 4;
                if (declared < 5 || declared > (uint)maxPacketLength)
                {
                    throw new SshProtocolException(SshDisconnectReason.ProtocolError, "bad packet length " + declared);
                }

                if ((aligned + (int)declared) % protection.BlockSize != 0)
                {
                    throw new SshProtocolException(SshDisconnectReason.ProtocolError,
                        "packet length " + declared + " is not a multiple of the block size " + protection.BlockSize);
                }

                packetLength = (int)declared;
            }

            int total = 4 + packetLength;
            int tag = protection.TagLength;
            if (filled < total + tag)
            {
                return false;
            }

            if (!protection.Open(SequenceNumber, input, 0, total, plain, 0))
            {
                throw new SshProtocolException(SshDisconnectReason.MacError, "packet " + SequenceNumber + " failed authentication");
            }

            int padding = plain[4];
            if (padding < 4 || padding > packetLength - 2)
            {
                throw new SshProtocolException(SshDisconnectReason.ProtocolError, "bad padding length " + padding);
            }

            payloadOffset = 5;
            payloadLength = packetLength - padding - 1;
            int consumed = total + tag;
            Array.Copy(input, consumed, input, 0, filled - consumed);
            filled -= consumed;
            BytesRead += consumed;
            packetLength = -1;
            SequenceNumber = unchecked(SequenceNumber + 1);
            return true;
        }

        public void Dispose()
        {
            protection.Dispose();
            Array.Clear(plain, 0, plain.Length);
        }
    }
}
