using System;

namespace Callhome.AgentCore.Crypto
{
    /// <summary>
    /// The chacha20-poly1305@openssh.com packet protection (OpenSSH PROTOCOL.chacha20poly1305) for one
    /// direction of an SSH connection. The 64-byte key is K_2 (first 32 bytes: payload and Poly1305 key)
    /// then K_1 (last 32: the 4-byte length field). The nonce is the packet sequence number, big-endian,
    /// in ChaCha20's 64-bit nonce. The Poly1305 key is the first 32 bytes of K_2's block 0; the payload
    /// uses K_2 from block 1; the tag covers the encrypted length and payload. Buffers are reused: nothing
    /// is allocated per packet here (the backend may, see docs/benchmarks.md).
    /// </summary>
    public sealed class OpenSshChaCha20Poly1305 : IDisposable
    {
        public const int KeyLength = 64;
        public const int TagLength = 16;
        public const int LengthFieldLength = 4;

        private readonly IChaCha20 header;
        private readonly IChaCha20 main;
        private readonly IPoly1305 poly;
        private readonly byte[] nonce = new byte[8];
        private readonly byte[] polyKey = new byte[32];
        private readonly byte[] tag = new byte[TagLength];
        private readonly byte[] length = new byte[LengthFieldLength];

        public OpenSshChaCha20Poly1305(ICryptoSuite suite, byte[] key, int offset)
        {
            ArgumentNullException.ThrowIfNull(suite);
            Arguments.CheckRange(key, offset, KeyLength, nameof(key));
            main = suite.CreateChaCha20(key, offset);
            header = suite.CreateChaCha20(key, offset + 32);
            poly = suite.CreatePoly1305();
        }

        /// <summary>
        /// Encrypts a packet whose first 4 bytes are its big-endian packet_length (so count = 4 +
        /// packet_length) and writes count + 16 bytes: encrypted length, encrypted rest, tag.
        /// </summary>
        public void Seal(uint sequenceNumber, byte[] input, int inputOffset, int count, byte[] output, int outputOffset)
        {
            CheckPacket(input, inputOffset, count, nameof(input));
            Arguments.CheckRange(output, outputOffset, count + TagLength, nameof(output));
            SetNonce(sequenceNumber);
            header.Start(nonce, 0, 0);
            header.Process(input, inputOffset, LengthFieldLength, output, outputOffset);
            StartMain();
            main.Process(input, inputOffset + LengthFieldLength, count - LengthFieldLength, output, outputOffset + LengthFieldLength);
            poly.Update(output, outputOffset, count);
            poly.Finish(output, outputOffset + count);
        }

        /// <summary>
        /// Decrypts the 4-byte length field alone, so the reader knows how much more to read. It is not yet
        /// authenticated (as in OpenSSH): callers must bound it before reading on, and Open checks the tag.
        /// </summary>
        public uint DecryptLength(uint sequenceNumber, byte[] input, int inputOffset)
        {
            Arguments.CheckRange(input, inputOffset, LengthFieldLength, nameof(input));
            SetNonce(sequenceNumber);
            header.Start(nonce, 0, 0);
            header.Process(input, inputOffset, LengthFieldLength, length, 0);
            uint value = BigEndian.GetUInt32(length, 0);
            Array.Clear(length, 0, LengthFieldLength);
            return value;
        }

        /// <summary>
        /// Checks the tag over input[inputOffset, count) (count = 4 + packet_length), and only if it is right
        /// decrypts those count bytes into output. Returns false, writing nothing, when the tag is wrong.
        /// </summary>
        public bool Open(uint sequenceNumber, byte[] input, int inputOffset, int count, byte[] output, int outputOffset)
        {
            CheckPacket(input, inputOffset, count, nameof(input));
            Arguments.CheckRange(input, inputOffset, count + TagLength, nameof(input));
            Arguments.CheckRange(output, outputOffset, count, nameof(output));
            SetNonce(sequenceNumber);
            StartMain();
            poly.Update(input, inputOffset, count);
            poly.Finish(tag, 0);
            bool authentic = ConstantTime.AreEqual(tag, 0, input, inputOffset + count, TagLength);
            Array.Clear(tag, 0, TagLength);
            if (!authentic)
            {
                return false;
            }

            header.Start(nonce, 0, 0);
            header.Process(input, inputOffset, LengthFieldLength, output, outputOffset);
            main.Process(input, inputOffset + LengthFieldLength, count - LengthFieldLength, output, outputOffset + LengthFieldLength);
            return true;
        }

        public void Dispose()
        {
            main.Dispose();
            header.Dispose();
            poly.Dispose();
            ConstantTime.Wipe(polyKey);
        }

        private static void CheckPacket(byte[] buffer, int offset, int count, string name)
        {
            if (count < LengthFieldLength)
            {
                throw new ArgumentException("a packet has at least its 4-byte length field", name);
            }

            Arguments.CheckRange(buffer, offset, count, name);
        }

        private void SetNonce(uint sequenceNumber)
        {
            // The 64-bit nonce is the 32-bit sequence number as a big-endian uint64 (high half zero).
            nonce[4] = (byte)(sequenceNumber >> 24);
            nonce[5] = (byte)(sequenceNumber >> 16);
            nonce[6] = (byte)(sequenceNumber >> 8);
            nonce[7] = (byte)sequenceNumber;
        }

        /// <summary>Derives the one-time Poly1305 key from K_2's block 0, leaving K_2 at block 1.</summary>
        private void StartMain()
        {
            Array.Clear(polyKey, 0, polyKey.Length);
            main.Start(nonce, 0, 0);
            main.Process(polyKey, 0, polyKey.Length, polyKey, 0);
            main.Start(nonce, 0, 1);
            poly.Start(polyKey, 0);
            Array.Clear(polyKey, 0, polyKey.Length);
        }
    }
}
