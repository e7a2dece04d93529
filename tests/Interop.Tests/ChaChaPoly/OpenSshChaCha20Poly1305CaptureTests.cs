using System;
using System.Collections.Generic;
using Callhome.AgentCore.Crypto;
using Xunit;

namespace Callhome.Interop.Tests.ChaChaPoly
{
    /// <summary>
    /// The agent's own chacha20-poly1305@openssh.com composition (<see cref="OpenSshChaCha20Poly1305"/>) over
    /// the BouncyCastle backend, fed the packets captured from OpenSSH: one instance per direction, used for
    /// that direction's packets in order as on a connection. The live capture runs through the same checks
    /// in <see cref="OpenSshChaChaPolyCaptureTests.DecryptsPacketsFromALiveOpenSshServer"/>.
    /// </summary>
    public sealed class OpenSshChaCha20Poly1305CaptureTests
    {
        private const byte Sentinel = 0xA5;

        [Fact]
        public void OpensThePacketsCapturedFromOpenSsh()
        {
            AssertOpens(OpenSshCapture.Load(OpenSshChaChaPolyCaptureTests.VectorFile));
        }

        [Fact]
        public void SealReproducesTheCapturedWireBytes()
        {
            AssertSealReproducesWire(OpenSshCapture.Load(OpenSshChaChaPolyCaptureTests.VectorFile));
        }

        [Fact]
        public void RejectsEveryOneBitChangeWithoutWritingOutput()
        {
            AssertRejectsTampering(OpenSshCapture.Load(OpenSshChaChaPolyCaptureTests.VectorFile));
        }

        internal static void AssertOpens(OpenSshCapture capture)
        {
            foreach (IReadOnlyList<CapturedPacket> direction in new[] { capture.ServerToClient, capture.ClientToServer })
            {
                using var cipher = new OpenSshChaCha20Poly1305(OpenSshChaChaPolyCaptureTests.CreateSuite(), direction[0].Key, 0);
                foreach (CapturedPacket packet in direction)
                {
                    int count = packet.Wire.Length - OpenSshChaCha20Poly1305.TagLength;
                    Assert.Equal((uint)(count - 4), cipher.DecryptLength(packet.SequenceNumber, packet.Wire, 0));

                    var output = new byte[count + 2];
                    Assert.True(cipher.Open(packet.SequenceNumber, packet.Wire, 0, count, output, 1), packet + ": tag rejected");
                    Assert.Equal(Convert.ToHexString(packet.Plaintext), Convert.ToHexString(output, 1, count));
                    Assert.Equal(0, output[0]);
                    Assert.Equal(0, output[count + 1]);
                    Assert.Equal(packet.MessageNumber, output[1 + 5]);
                }
            }
        }

        internal static void AssertSealReproducesWire(OpenSshCapture capture)
        {
            foreach (IReadOnlyList<CapturedPacket> direction in new[] { capture.ClientToServer, capture.ServerToClient })
            {
                using var cipher = new OpenSshChaCha20Poly1305(OpenSshChaChaPolyCaptureTests.CreateSuite(), direction[0].Key, 0);
                foreach (CapturedPacket packet in direction)
                {
                    var wire = new byte[packet.Wire.Length];
                    cipher.Seal(packet.SequenceNumber, packet.Plaintext, 0, packet.Plaintext.Length, wire, 0);
                    Assert.Equal(Convert.ToHexString(packet.Wire), Convert.ToHexString(wire));
                }
            }
        }

        internal static void AssertRejectsTampering(OpenSshCapture capture)
        {
            foreach (CapturedPacket packet in capture.AllPackets)
            {
                using var cipher = new OpenSshChaCha20Poly1305(OpenSshChaChaPolyCaptureTests.CreateSuite(), packet.Key, 0);
                int count = packet.Wire.Length - OpenSshChaCha20Poly1305.TagLength;
                var output = new byte[count];
                byte[] tampered = (byte[])packet.Wire.Clone();
                for (int bit = 0; bit < tampered.Length * 8; bit++)
                {
                    tampered[bit / 8] ^= (byte)(1 << (bit % 8));
                    Array.Fill(output, Sentinel);
                    Assert.False(cipher.Open(packet.SequenceNumber, tampered, 0, count, output, 0), packet + ": bit " + bit + " not detected");
                    Assert.True(Array.TrueForAll(output, b => b == Sentinel), packet + ": output written for bit " + bit);
                    tampered[bit / 8] ^= (byte)(1 << (bit % 8));
                }

                // The same instance still opens the genuine packet afterwards.
                Assert.True(cipher.Open(packet.SequenceNumber, packet.Wire, 0, count, output, 0));
                Assert.Equal(Convert.ToHexString(packet.Plaintext), Convert.ToHexString(output));
            }
        }
    }
}
