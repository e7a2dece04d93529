using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Transport;
using Callhome.Portable.Tests.Crypto;
using nanoFramework.TestFramework;

namespace Callhome.Portable.Tests.Ssh
{
    /// <summary>Binary packets (RFC 4253 §6) written and read back under each cipher suite, and the reader's
    /// refusals: tampered bytes, bad lengths, bad padding.</summary>
    [TestClass]
    public class PacketFramingTests
    {
        [TestMethod]
        [DataRow("none", "")]
        [DataRow("chacha20-poly1305@openssh.com", "")]
        [DataRow("aes128-ctr", "hmac-sha2-256-etm@openssh.com")]
        [DataRow("aes128-ctr", "hmac-sha2-512-etm@openssh.com")]
        [DataRow("aes128-ctr", "hmac-sha2-256")]
        [DataRow("aes128-ctr", "hmac-sha2-512")]
        [DataRow("aes256-ctr", "hmac-sha2-256-etm@openssh.com")]
        [DataRow("aes256-ctr", "hmac-sha2-512")]
        public void RoundTripsPacketsOfEverySize(string cipher, string mac)
        {
            PacketWriter writer = new PacketWriter(35000, new CountingEntropy());
            PacketReader reader = new PacketReader(35000);
            if (cipher != "none")
            {
                writer.SetProtection(Create(cipher, mac));
                reader.SetProtection(Create(cipher, mac));
            }

            Outbox wire = new Outbox(64);
            int[] sizes = new int[] { 1, 2, 3, 7, 8, 15, 16, 17, 31, 32, 33, 100, 1000, 32768, writer.MaxPayloadLength };
            for (int s = 0; s < sizes.Length; s++)
            {
                byte[] payload = Pattern(sizes[s], s);
                writer.Write(payload, 0, payload.Length, wire);
                byte[] bytes = new byte[wire.Count];
                wire.Take(bytes, 0, bytes.Length);

                // Fed in two pieces, split inside the packet, to exercise reassembly.
                int split = bytes.Length / 3;
                reader.Append(bytes, 0, split);
                int offset;
                int length;
                uint sequence;
                Assert.IsFalse(reader.TryRead(out offset, out length, out sequence), "incomplete packet " + sizes[s]);
                reader.Append(bytes, split, bytes.Length - split);
                Assert.IsTrue(reader.TryRead(out offset, out length, out sequence), "complete packet " + sizes[s]);
                Assert.AreEqual((uint)s, sequence, "sequence number");
                Assert.AreEqual(sizes[s], length, "payload length");
                for (int i = 0; i < length; i++)
                {
                    if (reader.Plain[offset + i] != payload[i])
                    {
                        Assert.AreEqual((int)payload[i], (int)reader.Plain[offset + i], "payload byte " + i + " of " + sizes[s]);
                    }
                }
            }
        }

        [TestMethod]
        [DataRow("chacha20-poly1305@openssh.com", "", 10)]
        [DataRow("aes128-ctr", "hmac-sha2-256-etm@openssh.com", 10)]
        [DataRow("aes128-ctr", "hmac-sha2-256", 20)]
        [DataRow("aes256-ctr", "hmac-sha2-512-etm@openssh.com", -1)]
        public void RejectsTamperedPacketAsMacError(string cipher, string mac, int flipAt)
        {
            PacketWriter writer = new PacketWriter(35000, new CountingEntropy());
            PacketReader reader = new PacketReader(35000);
            writer.SetProtection(Create(cipher, mac));
            reader.SetProtection(Create(cipher, mac));
            Outbox wire = new Outbox(64);
            byte[] payload = Pattern(40, 1);
            writer.Write(payload, 0, payload.Length, wire);
            byte[] bytes = new byte[wire.Count];
            wire.Take(bytes, 0, bytes.Length);
            bytes[flipAt < 0 ? bytes.Length - 1 : flipAt] ^= 0x01;
            reader.Append(bytes, 0, bytes.Length);
            Assert.AreEqual((int)SshDisconnectReason.MacError, (int)ReadFailure(reader));
        }

        [TestMethod]
        [DataRow("00000004" + "04000000", "too short")]
        [DataRow("000088b9" + "04", "35001 bytes")]
        [DataRow("ffffffff" + "04", "huge")]
        [DataRow("0000000d" + "04" + "0102030405060708090a0b0c", "not a block multiple")]
        [DataRow("0000000c" + "03" + "0102030405060708090a0b", "padding below 4")]
        [DataRow("0000000c" + "0b" + "0102030405060708090a0b", "padding swallows the payload")]
        public void RejectsMalformedPlainPacket(string hex, string what)
        {
            PacketReader reader = new PacketReader(35000);
            byte[] bytes = Hex.Decode(hex);
            reader.Append(bytes, 0, bytes.Length);
            Assert.AreEqual((int)SshDisconnectReason.ProtocolError, (int)ReadFailure(reader), what);
        }

        [TestMethod]
        public void SequenceNumbersWrapAtTwoToThe32()
        {
            // The writer counts packets; wrap-around is unchecked arithmetic (RFC 4253 §6.4).
            uint sequence = uint.MaxValue;
            sequence = unchecked(sequence + 1);
            Assert.AreEqual(0u, sequence);
        }

        internal static IPacketProtection Create(string cipherName, string macName)
        {
            EncryptionAlgorithm cipher = SshAlgorithms.FindEncryption(cipherName)!;
            MacAlgorithm? mac = macName.Length == 0 ? null : SshAlgorithms.FindMac(macName);
            byte[] key = Pattern(cipher.KeyLength, 7);
            byte[] iv = Pattern(cipher.IvLength, 9);
            byte[] macKey = mac == null ? new byte[0] : Pattern(mac.KeyLength, 11);
            return cipher.Create(SuiteUnderTest.Suite, key, iv, mac, macKey);
        }

        internal static byte[] Pattern(int count, int seed)
        {
            byte[] bytes = new byte[count];
            for (int i = 0; i < count; i++)
            {
                bytes[i] = (byte)((i * 31) + seed);
            }

            return bytes;
        }

        private static SshDisconnectReason ReadFailure(PacketReader reader)
        {
            try
            {
                int offset;
                int length;
                uint sequence;
                reader.TryRead(out offset, out length, out sequence);
            }
            catch (SshProtocolException e)
            {
                return e.Reason;
            }

            return SshDisconnectReason.None;
        }
    }
}
