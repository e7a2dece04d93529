using System.Runtime.Versioning;
using BenchmarkDotNet.Attributes;
using Callhome.AgentCore.Crypto;
using Callhome.Boards.Linux;
using Callhome.Crypto.BouncyCastle;

[assembly: SupportedOSPlatform("linux")]

namespace Callhome.Bench
{
    /// <summary>
    /// The operations an SSH session repeats: a key exchange (X25519), host/user key signatures (Ed25519), and
    /// per-packet protection of a full 32 KiB packet under each cipher suite the agent offers.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(InProcessShortConfig))]
    public class CryptoBenchmarks
    {
        private const int PacketLength = 32 * 1024;
        private readonly ICryptoSuite suite = new BouncyCastleSuite(new GetRandomEntropySource());
        private readonly byte[] scalar = new byte[32];
        private readonly byte[] point = new byte[32];
        private readonly byte[] shared = new byte[32];
        private readonly byte[] seed = new byte[32];
        private readonly byte[] publicKey = new byte[32];
        private readonly byte[] message = new byte[128];
        private readonly byte[] signature = new byte[64];
        private readonly byte[] packet = new byte[PacketLength];
        private readonly byte[] sealedPacket = new byte[PacketLength + 64];
        private readonly byte[] digest = new byte[64];
        private readonly byte[] sequence = new byte[4];
        private OpenSshChaCha20Poly1305 chachaPoly = null!;
        private IStreamCipher aesCtr = null!;
        private IMac hmac = null!;
        private IHashFunction sha256 = null!;
        private uint sequenceNumber;

        [GlobalSetup]
        public void Setup()
        {
            suite.X25519GenerateKeyPair(scalar, 0, point, 0);
            suite.Ed25519GenerateKeyPair(seed, 0, publicKey, 0);
            suite.Ed25519Sign(seed, 0, message, 0, message.Length, signature, 0);
            packet[3] = 0xfc; // packet_length field of a 32 KiB packet (bytes 0..3, big-endian)
            packet[2] = 0x7f;
            chachaPoly = new OpenSshChaCha20Poly1305(suite, new byte[64], 0);
            aesCtr = suite.CreateAesCtr(new byte[16], 0, 16, new byte[16], 0);
            hmac = suite.CreateHmacSha256(new byte[32], 0, 32);
            sha256 = suite.CreateSha256();
        }

        [Benchmark]
        public bool X25519SharedSecret() => suite.X25519(scalar, 0, point, 0, shared, 0);

        [Benchmark]
        public void Ed25519Sign() => suite.Ed25519Sign(seed, 0, message, 0, message.Length, signature, 0);

        [Benchmark]
        public bool Ed25519Verify() => suite.Ed25519Verify(publicKey, 0, message, 0, message.Length, signature, 0);

        /// <summary>chacha20-poly1305@openssh.com: seal one 32 KiB packet.</summary>
        [Benchmark]
        public void ChaCha20Poly1305Packet32K() => chachaPoly.Seal(sequenceNumber++, packet, 0, PacketLength, sealedPacket, 0);

        /// <summary>aes128-ctr + hmac-sha2-256 (RFC 4253 §6.4: MAC over sequence number and plaintext).</summary>
        [Benchmark]
        public void Aes128CtrHmacSha256Packet32K()
        {
            uint n = sequenceNumber++;
            sequence[0] = (byte)(n >> 24);
            sequence[1] = (byte)(n >> 16);
            sequence[2] = (byte)(n >> 8);
            sequence[3] = (byte)n;
            hmac.Update(sequence, 0, 4);
            hmac.Update(packet, 0, PacketLength);
            hmac.Finish(sealedPacket, PacketLength);
            aesCtr.Process(packet, 0, PacketLength, sealedPacket, 0);
        }

        [Benchmark]
        public void Sha256Of32K()
        {
            sha256.Update(packet, 0, PacketLength);
            sha256.Finish(digest, 0);
        }
    }
}
