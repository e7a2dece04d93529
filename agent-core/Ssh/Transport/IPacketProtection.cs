using System;

namespace Callhome.AgentCore.Ssh.Transport
{
    /// <summary>
    /// One direction's packet encryption and integrity (RFC 4253 §6.3-6.4 and the OpenSSH AEAD/ETM variants).
    /// A packet is [uint32 packet_length][byte padding_length][payload][padding], followed on the wire by
    /// <see cref="TagLength"/> bytes of MAC or tag.
    /// </summary>
    public interface IPacketProtection : IDisposable
    {
        /// <summary>Padding alignment (RFC 4253 §6: the cipher block size, at least 8).</summary>
        int BlockSize { get; }

        int TagLength { get; }

        /// <summary>True when packet_length travels outside the aligned, encrypted part (AEAD and ETM), so
        /// only padding_length..padding is a block multiple.</summary>
        bool LengthOutsideAlignment { get; }

        /// <summary>Bytes that must have arrived before <see cref="ReadLength"/> can tell the packet length.</summary>
        int HeaderLength { get; }

        /// <summary>Protects packet[offset, offset+count) into output: count bytes then the tag.</summary>
        void Seal(uint sequenceNumber, byte[] packet, int offset, int count, byte[] output, int outputOffset);

        /// <summary>The packet_length of the packet starting at input[offset] (its first HeaderLength bytes).
        /// Not yet authenticated: the caller bounds it before reading further.</summary>
        uint ReadLength(uint sequenceNumber, byte[] input, int offset);

        /// <summary>Checks and decrypts count = 4 + packet_length bytes (tag following) into output; false when
        /// the MAC or tag is wrong. Called once per packet, after <see cref="ReadLength"/>.</summary>
        bool Open(uint sequenceNumber, byte[] input, int offset, int count, byte[] output, int outputOffset);
    }
}
