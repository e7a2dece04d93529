using System;
using Callhome.AgentCore.Crypto;

namespace Callhome.Interop.Tests.ChaChaPoly
{
    /// <summary>
    /// chacha20-poly1305@openssh.com (OpenSSH PROTOCOL.chacha20poly1305) composed in the test from nothing but
    /// the <see cref="ICryptoSuite"/> seam, as a reference independent of any production composition. The
    /// 64-byte key is K_2 || K_1: K_1 (bytes 32..63) encrypts the 4-byte length at block counter 0; K_2
    /// (bytes 0..31) gives the Poly1305 key (first 32 bytes of block 0) and encrypts the rest from block 1.
    /// The nonce is the sequence number as a big-endian uint64.
    /// </summary>
    internal sealed class SuiteChaChaPoly
    {
        public const int TagLength = 16;
        private const int PayloadKeyOffset = 0;
        private const int LengthKeyOffset = 32;

        private readonly ICryptoSuite suite;

        public SuiteChaChaPoly(ICryptoSuite suite)
        {
            this.suite = suite;
        }

        /// <summary>Checks the tag over everything but the last 16 bytes and only then decrypts; returns null,
        /// having decrypted nothing, when the tag does not match.</summary>
        public byte[]? Open(byte[] key, uint sequenceNumber, byte[] wire)
        {
            byte[] nonce = Nonce(sequenceNumber);
            int authenticated = wire.Length - TagLength;
            using IChaCha20 payloadCipher = suite.CreateChaCha20(key, PayloadKeyOffset);
            byte[] tag = Tag(payloadCipher, nonce, wire, authenticated);
            if (!ConstantTime.AreEqual(tag, 0, wire, authenticated, TagLength))
            {
                return null;
            }

            var plaintext = new byte[authenticated];
            using (IChaCha20 lengthCipher = suite.CreateChaCha20(key, LengthKeyOffset))
            {
                lengthCipher.Start(nonce, 0, 0);
                lengthCipher.Process(wire, 0, 4, plaintext, 0);
            }

            payloadCipher.Start(nonce, 0, 1);
            payloadCipher.Process(wire, 4, authenticated - 4, plaintext, 4);
            return plaintext;
        }

        /// <summary>Encrypts a plaintext packet (length field included) and appends its tag.</summary>
        public byte[] Seal(byte[] key, uint sequenceNumber, byte[] plaintext)
        {
            byte[] nonce = Nonce(sequenceNumber);
            var wire = new byte[plaintext.Length + TagLength];
            using (IChaCha20 lengthCipher = suite.CreateChaCha20(key, LengthKeyOffset))
            {
                lengthCipher.Start(nonce, 0, 0);
                lengthCipher.Process(plaintext, 0, 4, wire, 0);
            }

            using IChaCha20 payloadCipher = suite.CreateChaCha20(key, PayloadKeyOffset);
            payloadCipher.Start(nonce, 0, 1);
            payloadCipher.Process(plaintext, 4, plaintext.Length - 4, wire, 4);
            byte[] tag = Tag(payloadCipher, nonce, wire, plaintext.Length);
            Buffer.BlockCopy(tag, 0, wire, plaintext.Length, TagLength);
            return wire;
        }

        private byte[] Tag(IChaCha20 payloadCipher, byte[] nonce, byte[] data, int count)
        {
            var polyKey = new byte[32];
            payloadCipher.Start(nonce, 0, 0);
            payloadCipher.Process(new byte[32], 0, 32, polyKey, 0);
            var tag = new byte[TagLength];
            using (IPoly1305 poly = suite.CreatePoly1305())
            {
                poly.Start(polyKey, 0);
                poly.Update(data, 0, count);
                poly.Finish(tag, 0);
            }

            ConstantTime.Wipe(polyKey);
            return tag;
        }

        private static byte[] Nonce(uint sequenceNumber)
        {
            var nonce = new byte[8];
            nonce[4] = (byte)(sequenceNumber >> 24);
            nonce[5] = (byte)(sequenceNumber >> 16);
            nonce[6] = (byte)(sequenceNumber >> 8);
            nonce[7] = (byte)sequenceNumber;
            return nonce;
        }
    }
}
