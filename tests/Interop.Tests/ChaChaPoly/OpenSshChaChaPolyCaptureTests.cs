using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Callhome.AgentCore.Crypto;
using Callhome.Crypto.BouncyCastle;
using Callhome.Interop.Tests.Peers;
using Callhome.Interop.Tests.Support;
using Callhome.TestSupport;
using Xunit;

namespace Callhome.Interop.Tests.ChaChaPoly
{
    /// <summary>
    /// chacha20-poly1305@openssh.com packets from a real OpenSSH server (committed capture, and a fresh one
    /// from a throwaway sshd) opened through the BouncyCastle backend's <see cref="ICryptoSuite"/> seam only.
    /// </summary>
    public sealed class OpenSshChaChaPolyCaptureTests
    {
        public const string VectorFile = "openssh-9.2-chacha20-poly1305.json";
        private const string Python = "/usr/bin/python3";
        private const string Cipher = "chacha20-poly1305@openssh.com";
        private static readonly TimeSpan CaptureTimeout = TimeSpan.FromSeconds(90);
        private static readonly string[] CryptographyProbe = { "-c", "import cryptography.hazmat.primitives.poly1305" };

        // RFC 4253 §12 / RFC 4252 §6 / RFC 8308 §2.3 message numbers of the capture script's fixed exchange.
        private static readonly byte[] ServerMessages = { 7, 6, 51 };   // EXT_INFO, SERVICE_ACCEPT, USERAUTH_FAILURE
        private static readonly byte[] ClientMessages = { 5, 50, 1 };   // SERVICE_REQUEST, USERAUTH_REQUEST, DISCONNECT

        [Fact]
        public void DecryptsPacketsCapturedFromOpenSsh()
        {
            OpenSshCapture capture = OpenSshCapture.Load(VectorFile);

            Assert.StartsWith("OpenSSH_9.2", capture.OpenSshVersion, StringComparison.Ordinal);
            Assert.True(capture.StrictKex, "the committed capture was made with kex-strict (sequence numbers restart at 0)");
            AssertDecrypts(capture);
        }

        [Fact]
        public void FlippingAnyBitOfACapturedPacketFailsTheTagAndDecryptsNothing()
        {
            AssertTamperingIsDetected(OpenSshCapture.Load(VectorFile));
        }

        [Fact]
        public void SealingTheCapturedPlaintextReproducesTheWireBytes()
        {
            AssertSealReproducesWire(OpenSshCapture.Load(VectorFile));
        }

        [Fact]
        public void TheTagDependsOnTheSequenceNumberAndTheKeyHalves()
        {
            OpenSshCapture capture = OpenSshCapture.Load(VectorFile);
            var codec = new SuiteChaChaPoly(CreateSuite());
            foreach (CapturedPacket packet in capture.AllPackets)
            {
                byte[] swapped = packet.Key.Skip(32).Concat(packet.Key.Take(32)).ToArray();
                Assert.Null(codec.Open(packet.Key, packet.SequenceNumber + 1, packet.Wire));
                Assert.Null(codec.Open(packet.Key, packet.SequenceNumber ^ 0x01000000u, packet.Wire));
                Assert.Null(codec.Open(swapped, packet.SequenceNumber, packet.Wire));
                Assert.NotNull(codec.Open(packet.Key, packet.SequenceNumber, packet.Wire));
            }
        }

        [SkippableTheory]
        [InlineData(true)]
        [InlineData(false)]
        public void DecryptsPacketsFromALiveOpenSshServer(bool strictKex)
        {
            Skip.IfNot(File.Exists(OpenSshServer.SshdPath), OpenSshServer.SshdPath + " is not installed (tools/setup.sh)");
            Skip.IfNot(File.Exists(Python), Python + " is not installed (tools/setup.sh)");
            ProcessResult probe = ProcessRunner.Run(Python, CryptographyProbe, CaptureTimeout);
            Skip.If(probe.ExitCode != 0, "python3-cryptography is not installed (tools/setup.sh): " + probe.StandardError);

            using OpenSshServer server = OpenSshServer.Start();
            string script = Path.Combine(AppContext.BaseDirectory, "capture", "openssh_chacha_capture.py");
            var arguments = new List<string> { script, "--port", server.Port.ToString(CultureInfo.InvariantCulture) };
            if (!strictKex)
            {
                arguments.Add("--no-strict-kex");
            }

            ProcessResult result = ProcessRunner.Run(Python, arguments, CaptureTimeout);
            Assert.True(result.ExitCode == 0, result.Describe() + "\n--- sshd log\n" + server.Log);
            OpenSshCapture capture = OpenSshCapture.Parse(result.StandardOutput);

            Assert.Equal(server.ServerVersion, capture.ServerVersion);
            Assert.StartsWith("SSH-2.0-OpenSSH_", capture.ServerVersion, StringComparison.Ordinal);
            Assert.Equal(strictKex, capture.StrictKex);
            AssertDecrypts(capture);
            AssertTamperingIsDetected(capture);
            AssertSealReproducesWire(capture);

            // The agent's own composition over the same backend.
            OpenSshChaCha20Poly1305CaptureTests.AssertOpens(capture);
            OpenSshChaCha20Poly1305CaptureTests.AssertSealReproducesWire(capture);
            OpenSshChaCha20Poly1305CaptureTests.AssertRejectsTampering(capture);
        }

        internal static ICryptoSuite CreateSuite() => new BouncyCastleSuite(new SystemEntropySource());

        /// <summary>The checks shared by the committed and the live capture.</summary>
        internal static void AssertDecrypts(OpenSshCapture capture)
        {
            Assert.Equal("curve25519-sha256", capture.Algorithms["kex"]);
            Assert.Equal("ssh-ed25519", capture.Algorithms["host_key"]);
            Assert.Equal(Cipher, capture.Algorithms["cipher_client_to_server"]);
            Assert.Equal(Cipher, capture.Algorithms["cipher_server_to_client"]);
            Assert.Equal(ServerMessages, capture.ServerToClient.Select(p => p.MessageNumber));
            Assert.Equal(ClientMessages, capture.ClientToServer.Select(p => p.MessageNumber));

            // Strict kex restarts each direction's sequence number at NEWKEYS; otherwise KEXINIT,
            // KEX_ECDH_INIT/REPLY and NEWKEYS took 0..2 (RFC 4253 §6.4).
            uint first = capture.StrictKex ? 0u : 3u;
            AssertSequence(capture.ServerToClient, first);
            AssertSequence(capture.ClientToServer, first);
            Assert.False(capture.ServerToClient[0].Key.AsSpan().SequenceEqual(capture.ClientToServer[0].Key), "both directions share a key");

            var codec = new SuiteChaChaPoly(CreateSuite());
            foreach (CapturedPacket packet in capture.AllPackets)
            {
                Assert.Equal(64, packet.Key.Length);
                byte[]? plaintext = codec.Open(packet.Key, packet.SequenceNumber, packet.Wire);
                Assert.True(plaintext != null, packet + ": Poly1305 tag does not verify");
                Assert.Equal(Convert.ToHexString(packet.Plaintext), Convert.ToHexString(plaintext));

                // RFC 4253 §6: packet_length counts padding_length, payload and padding (not the tag); for this
                // cipher packet_length itself is a multiple of 8; at least 4 bytes of padding.
                int packetLength = (plaintext[0] << 24) | (plaintext[1] << 16) | (plaintext[2] << 8) | plaintext[3];
                int padding = plaintext[4];
                Assert.Equal(packet.Wire.Length - 4 - SuiteChaChaPoly.TagLength, packetLength);
                Assert.Equal(0, packetLength % 8);
                Assert.InRange(padding, 4, packetLength - 2);
                Assert.Equal(packet.MessageNumber, plaintext[5]);
            }

            byte[] accept = Payload(codec, capture.ServerToClient[1]);
            Assert.Equal(6, accept[0]);
            Assert.Equal("ssh-userauth", ReadString(accept, 1));
            byte[] request = Payload(codec, capture.ClientToServer[0]);
            Assert.Equal(5, request[0]);
            Assert.Equal("ssh-userauth", ReadString(request, 1));
            byte[] failure = Payload(codec, capture.ServerToClient[2]);
            Assert.Contains("publickey", ReadString(failure, 1), StringComparison.Ordinal);
        }

        internal static void AssertTamperingIsDetected(OpenSshCapture capture)
        {
            var recorder = new RecordingCryptoSuite(CreateSuite());
            var codec = new SuiteChaChaPoly(recorder);
            int flips = 0;
            foreach (CapturedPacket packet in capture.AllPackets)
            {
                recorder.ChaChaCalls.Clear();
                Assert.NotNull(codec.Open(packet.Key, packet.SequenceNumber, packet.Wire));
                int body = packet.Wire.Length - 4 - SuiteChaChaPoly.TagLength;
                Assert.Equal(new[] { (0, 0UL, 32), (32, 0UL, 4), (0, 1UL, body) }, recorder.ChaChaCalls);

                byte[] tampered = (byte[])packet.Wire.Clone();
                for (int bit = 0; bit < tampered.Length * 8; bit++)
                {
                    tampered[bit / 8] ^= (byte)(1 << (bit % 8));
                    recorder.ChaChaCalls.Clear();
                    byte[]? opened = codec.Open(packet.Key, packet.SequenceNumber, tampered);
                    Assert.True(opened == null, packet + ": flipping bit " + bit + " was not detected");

                    // Only the Poly1305 key (K_2, block 0, 32 bytes) was computed: neither the length nor the
                    // payload was decrypted.
                    Assert.Equal(new[] { (0, 0UL, 32) }, recorder.ChaChaCalls);
                    tampered[bit / 8] ^= (byte)(1 << (bit % 8));
                    flips++;
                }
            }

            Assert.True(flips > 8 * 200, "too few bits flipped: " + flips);
        }

        internal static void AssertSealReproducesWire(OpenSshCapture capture)
        {
            var codec = new SuiteChaChaPoly(CreateSuite());
            foreach (CapturedPacket packet in capture.AllPackets)
            {
                byte[] wire = codec.Seal(packet.Key, packet.SequenceNumber, packet.Plaintext);
                Assert.Equal(Convert.ToHexString(packet.Wire), Convert.ToHexString(wire));
            }
        }

        private static void AssertSequence(IReadOnlyList<CapturedPacket> packets, uint first)
        {
            for (int i = 0; i < packets.Count; i++)
            {
                Assert.Equal(first + (uint)i, packets[i].SequenceNumber);
                Assert.Equal(Convert.ToHexString(packets[0].Key), Convert.ToHexString(packets[i].Key));
            }
        }

        private static byte[] Payload(SuiteChaChaPoly codec, CapturedPacket packet)
        {
            byte[] plaintext = codec.Open(packet.Key, packet.SequenceNumber, packet.Wire)!;
            int padding = plaintext[4];
            return plaintext.AsSpan(5, plaintext.Length - 5 - padding).ToArray();
        }

        /// <summary>RFC 4251 §5 string at an offset, as UTF-8.</summary>
        private static string ReadString(byte[] data, int offset)
        {
            int length = (data[offset] << 24) | (data[offset + 1] << 16) | (data[offset + 2] << 8) | data[offset + 3];
            return Encoding.UTF8.GetString(data, offset + 4, length);
        }
    }
}
