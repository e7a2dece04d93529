using System;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Transport;

namespace Callhome.Fuzz.Targets
{
    /// <summary>
    /// The packet reader (RFC 4253 §6) in each protection state. "none" reads the input as the wire bytes. The
    /// encrypted states would refuse nearly every mutated byte at the MAC, so there the input is the plaintext
    /// packet stream: the target seals it packet by packet with a sending twin holding the same keys (the
    /// declared packet_length of each packet decides where the next one starts, a packet cut short or longer
    /// than allowed is sealed as far as it goes), optionally flips one sealed byte, and the reader must make
    /// sense of the result. First input byte = options: bit 7 flips the sealed byte at (byte 1, byte 2); for
    /// packet-aes, bit 0 picks aes128/aes256-ctr and bits 1-2 the MAC (etm-256, etm-512, 256, 512).
    /// </summary>
    public static class PacketTargets
    {
        private const int MaxPacket = 35000;
        private static readonly byte[] Key64 = Pattern(64, 3);
        private static readonly byte[] Iv16 = Pattern(16, 5);
        private static readonly byte[] MacKey = Pattern(64, 7);

        public static FuzzOutcome RunNone(byte[] input)
        {
            ArgumentNullException.ThrowIfNull(input);
            using var reader = new PacketReader(MaxPacket);
            return Read(reader, input, input.Length / 2);
        }

        public static FuzzOutcome RunChaCha(byte[] input)
        {
            ArgumentNullException.ThrowIfNull(input);
            ICryptoSuite suite = FuzzPlatform.Suite(1);
            EncryptionAlgorithm cipher = SshAlgorithms.FindEncryption("chacha20-poly1305@openssh.com")!;
            return RunSealed(input, cipher.Create(suite, Key64, Iv16, null, MacKey), cipher.Create(suite, Key64, Iv16, null, MacKey));
        }

        public static FuzzOutcome RunAes(byte[] input)
        {
            ArgumentNullException.ThrowIfNull(input);
            int options = input.Length > 0 ? input[0] : 0;
            ICryptoSuite suite = FuzzPlatform.Suite(1);
            EncryptionAlgorithm cipher = SshAlgorithms.FindEncryption((options & 1) == 0 ? "aes128-ctr" : "aes256-ctr")!;
            MacAlgorithm mac = SshAlgorithms.Macs[(options >> 1) & 3];
            byte[] key = Key64.AsSpan(0, cipher.KeyLength).ToArray();
            byte[] macKey = MacKey.AsSpan(0, mac.KeyLength).ToArray();
            return RunSealed(input, cipher.Create(suite, key, Iv16, mac, macKey), cipher.Create(suite, key, Iv16, mac, macKey));
        }

        private static FuzzOutcome RunSealed(byte[] input, IPacketProtection sender, IPacketProtection receiver)
        {
            int options = input.Length > 0 ? input[0] : 0;
            int start = Math.Min(input.Length, 3);
            byte[] wire = Seal(sender, input, start);
            sender.Dispose();
            if ((options & 0x80) != 0 && wire.Length > 0 && input.Length >= 3)
            {
                int at = ((input[1] << 8) | input[2]) % wire.Length;
                wire[at] ^= 0x5a;
            }

            using var reader = new PacketReader(MaxPacket);
            reader.SetProtection(receiver);
            return Read(reader, wire, wire.Length / 2);
        }

        /// <summary>Seals plain[start..] as consecutive packets, each as long as its own length field says.</summary>
        private static byte[] Seal(IPacketProtection sender, byte[] plain, int start)
        {
            byte[] wire = new byte[(plain.Length - start) * 2 + 64];
            int written = 0;
            uint sequence = 0;
            int at = start;
            while (plain.Length - at >= 4)
            {
                uint declared = (uint)((plain[at] << 24) | (plain[at + 1] << 16) | (plain[at + 2] << 8) | plain[at + 3]);
                long wanted = 4L + declared;
                int count = (int)Math.Min(wanted, plain.Length - at);
                if (written + count + sender.TagLength > wire.Length)
                {
                    Array.Resize(ref wire, (written + count + sender.TagLength) * 2);
                }

                sender.Seal(sequence++, plain, at, count, wire, written);
                written += count + sender.TagLength;
                at += count;
                if (count < wanted)
                {
                    break;
                }
            }

            Array.Resize(ref wire, written);
            return wire;
        }

        /// <summary>Feeds the bytes in two pieces, reading packets as SshSession does; checks that each payload
        /// lies inside the reader's plaintext buffer.</summary>
        private static FuzzOutcome Read(PacketReader reader, byte[] wire, int split)
        {
            try
            {
                Feed(reader, wire, 0, split);
                Feed(reader, wire, split, wire.Length - split);
                return FuzzOutcome.Accepted;
            }
            catch (SshProtocolException)
            {
                return FuzzOutcome.ProtocolError;
            }
        }

        private static void Feed(PacketReader reader, byte[] data, int offset, int count)
        {
            while (true)
            {
                int appended = reader.Append(data, offset, count);
                offset += appended;
                count -= appended;
                bool any = false;
                while (reader.TryRead(out int payloadOffset, out int payloadLength, out _))
                {
                    any = true;
                    if (payloadOffset < 0 || payloadLength < 0 || payloadOffset + payloadLength > reader.Plain.Length)
                    {
                        throw new InvalidOperationException("payload [" + payloadOffset + ", +" + payloadLength + ") outside the buffer");
                    }
                }

                if (count == 0)
                {
                    return;
                }

                if (appended == 0 && !any)
                {
                    throw new SshProtocolException(SshDisconnectReason.ProtocolError, "receive buffer full without a packet");
                }
            }
        }

        private static byte[] Pattern(int length, int step)
        {
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++)
            {
                bytes[i] = (byte)(i * step + 1);
            }

            return bytes;
        }
    }
}
