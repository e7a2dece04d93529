using System;

namespace Callhome.AgentCore.Ssh.Transport
{
    /// <summary>The initial "none" cipher and MAC of RFC 4253 §6 (until the first NEWKEYS).</summary>
    public sealed class NoneProtection : IPacketProtection
    {
        public int BlockSize
        {
            get { return 8; }
        }

        public int TagLength
        {
            get { return 0; }
        }

        public bool LengthOutsideAlignment
        {
            get { return false; }
        }

        public int HeaderLength
        {
            get { return 4; }
        }

        public void Seal(uint sequenceNumber, byte[] packet, int offset, int count, byte[] output, int outputOffset)
        {
            Array.Copy(packet, offset, output, outputOffset, count);
        }

        public uint ReadLength(uint sequenceNumber, byte[] input, int offset)
        {
            return PacketBytes.ReadUInt32(input, offset);
        }

        public bool Open(uint sequenceNumber, byte[] input, int offset, int count, byte[] output, int outputOffset)
        {
            Array.Copy(input, offset, output, outputOffset, count);
            return true;
        }

        public void Dispose()
        {
        }
    }
}
