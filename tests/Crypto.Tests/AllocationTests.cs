using System;
using Callhome.AgentCore.Crypto;
using Callhome.Crypto.BouncyCastle;
using Xunit;
using Xunit.Abstractions;

namespace Callhome.Crypto.Tests
{
    /// <summary>
    /// Per-packet allocation budgets of the transport ciphers, measured with
    /// <see cref="GC.GetAllocatedBytesForCurrentThread"/> after a warm-up (allocation is deterministic, so
    /// these are exact budgets, not timings). A packet is 32 KiB of payload plus SSH's 4-byte sequence number
    /// under the MAC.
    /// </summary>
    public class AllocationTests
    {
        private const int PacketLength = 32 * 1024;
        private const int WarmUpPackets = 64;
        private const int MeasuredPackets = 256;

        /// <summary>chacha20-poly1305@openssh.com may allocate at most this much per packet.</summary>
        private const long ChaChaPoly1305Budget = 256;

        private readonly ITestOutputHelper output;

        public AllocationTests(ITestOutputHelper output)
        {
            this.output = output;
        }

        [Theory]
        [InlineData(16, false)]
        [InlineData(32, true)]
        public void AesCtrWithHmacAllocatesNothingPerPacket(int keyLength, bool sha512)
        {
            var suite = new BouncyCastleSuite(new PatternEntropySource());
            byte[] key = new byte[32];
            byte[] packet = new byte[PacketLength];
            byte[] sequence = new byte[4];
            byte[] tag = new byte[64];
            using IStreamCipher aes = suite.CreateAesCtr(key, 0, keyLength, new byte[16], 0);
            using IMac mac = sha512 ? suite.CreateHmacSha512(key, 0, 32) : suite.CreateHmacSha256(key, 0, 32);

            void Packet()
            {
                mac.Update(sequence, 0, 4);
                mac.Update(packet, 0, PacketLength);
                mac.Finish(tag, 0);
                aes.Process(packet, 0, PacketLength, packet, 0);
                sequence[3]++;
            }

            long perPacket = Measure(Packet, "aes" + (keyLength * 8) + "-ctr + hmac-sha2-" + (sha512 ? 512 : 256));
            Assert.Equal(0, perPacket);
        }

        [Fact]
        public void AesCtrAloneAndHmacAloneAllocateNothing()
        {
            var suite = new BouncyCastleSuite(new PatternEntropySource());
            byte[] key = new byte[32];
            byte[] packet = new byte[PacketLength];
            byte[] tag = new byte[32];
            using IStreamCipher aes = suite.CreateAesCtr(key, 0, 16, new byte[16], 0);
            using IMac mac = suite.CreateHmacSha256(key, 0, 32);

            // Odd lengths exercise the buffered partial key-stream block too.
            Assert.Equal(0, Measure(() => aes.Process(packet, 0, PacketLength - 5, packet, 0), "aes128-ctr process"));
            Assert.Equal(0, Measure(() => { mac.Update(packet, 0, PacketLength); mac.Finish(tag, 0); }, "hmac-sha2-256 update + finish"));
        }

        /// <summary>
        /// chacha20-poly1305@openssh.com as the transport will compose it (PROTOCOL.chacha20poly1305): K_1
        /// encrypts the 4-byte length at counter 0; K_2's block 0 gives the Poly1305 key; the payload is
        /// encrypted from block 1; the tag covers the encrypted length and payload. The budget is 256 bytes;
        /// this backend allocates nothing (see BouncyCastleInternals for how the nonce, counter and one-time
        /// key reach BouncyCastle without new parameter objects).
        /// </summary>
        [Fact]
        public void ChaCha20Poly1305OpenSshCompositionStaysWithinItsBudget()
        {
            var suite = new BouncyCastleSuite(new PatternEntropySource());
            byte[] keys = new byte[64];
            for (int i = 0; i < keys.Length; i++)
            {
                keys[i] = (byte)i;
            }

            byte[] packet = new byte[4 + PacketLength];
            byte[] nonce = new byte[8];
            byte[] polyKey = new byte[64];
            byte[] tag = new byte[16];
            ulong sequence = 0;
            using IChaCha20 header = suite.CreateChaCha20(keys, 32);
            using IChaCha20 main = suite.CreateChaCha20(keys, 0);
            using IPoly1305 poly = suite.CreatePoly1305();

            void Packet()
            {
                for (int i = 0; i < 8; i++)
                {
                    nonce[7 - i] = (byte)(sequence >> (8 * i));
                }

                Array.Clear(polyKey);
                main.Start(nonce, 0, 0);
                main.Process(polyKey, 0, 64, polyKey, 0);
                header.Start(nonce, 0, 0);
                header.Process(packet, 0, 4, packet, 0);
                main.Start(nonce, 0, 1);
                main.Process(packet, 4, PacketLength, packet, 4);
                poly.Start(polyKey, 0);
                poly.Update(packet, 0, packet.Length);
                poly.Finish(tag, 0);
                sequence++;
            }

            long perPacket = Measure(Packet, "chacha20-poly1305@openssh.com");
            Assert.InRange(perPacket, 0, ChaChaPoly1305Budget);
        }

        private long Measure(Action packet, string what)
        {
            for (int i = 0; i < WarmUpPackets; i++)
            {
                packet();
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < MeasuredPackets; i++)
            {
                packet();
            }

            long total = GC.GetAllocatedBytesForCurrentThread() - before;
            long perPacket = (total + MeasuredPackets - 1) / MeasuredPackets;
            output.WriteLine(what + ": " + total + " B over " + MeasuredPackets + " packets, " + perPacket + " B per packet");
            return perPacket;
        }
    }
}
