using System;
using System.Collections.Generic;
using System.IO;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh.Client;
using Callhome.AgentCore.Ssh.Messages;
using Callhome.Fuzz.Targets;

namespace Callhome.Fuzz.Seeds
{
    /// <summary>
    /// Records the seed corpus from real peers, as the mutation tests of tests/Ssh.Tests/Fuzz capture their
    /// traffic: our deterministic client against OpenSSH sshd (what a server sends: client-session and the
    /// client's decoders) and OpenSSH ssh against our deterministic server (what a client sends: server-session
    /// and the server's decoders). Because both of our sides are seeded (FuzzPlatform), each recording replays
    /// through its target past the key exchange. Messages a replay cannot decrypt (our authentication replies,
    /// the server's view of channel messages) are added as encodings of the same exchanges.
    /// </summary>
    public static class CorpusRecorder
    {
        public static void Record(string corpus, TextWriter log)
        {
            ArgumentNullException.ThrowIfNull(log);
            string work = Directory.CreateTempSubdirectory("callhome-fuzz-seed-").FullName;
            try
            {
                Recording sshd = SshdRecording.Record(work);
                log.WriteLine("seed: sshd sent " + sshd.Received.Length + " bytes (" + sshd.PeerVersion + ")");
                Recording ssh = SshClientRecording.Record(work);
                log.WriteLine("seed: ssh sent " + ssh.Received.Length + " bytes (" + ssh.PeerVersion + ")");
                Write(corpus, sshd, ssh, log);
            }
            finally
            {
                Directory.Delete(work, true);
            }
        }

        private static void Write(string corpus, Recording sshd, Recording ssh, TextWriter log)
        {
            var files = new List<(string Target, string Name, byte[] Bytes)>();
            byte[] sshdLine = sshd.Received.AsSpan(0, sshd.IdentificationLength).ToArray();
            byte[] sshLine = ssh.Received.AsSpan(0, ssh.IdentificationLength).ToArray();
            files.Add(("identification", "sshd", sshdLine));
            files.Add(("identification", "ssh", sshLine));
            files.Add(("identification", "banner-lines", Concat("callhome fuzz\r\nsecond line\n"u8.ToArray(), sshdLine)));

            byte[] sshdPackets = sshd.Received.AsSpan(sshd.IdentificationLength, sshd.PlaintextEnd - sshd.IdentificationLength).ToArray();
            byte[] sshPackets = ssh.Received.AsSpan(ssh.IdentificationLength, ssh.PlaintextEnd - ssh.IdentificationLength).ToArray();
            files.Add(("packet-none", "sshd-kex", sshdPackets));
            files.Add(("packet-none", "ssh-kex", sshPackets));
            // The encrypted packet targets take clear-text packets padded for their cipher (RFC 4253 §6: block 8
            // for chacha20-poly1305 and 16 for AES; AEAD and ETM leave the length field out of the alignment).
            byte[] chacha = Reframe(sshdPackets, 8, false);
            files.Add(("packet-chacha", "sshd-kex", Concat(new byte[3], chacha)));
            files.Add(("packet-chacha", "ssh-kex", Concat(new byte[3], Reframe(sshPackets, 8, false))));
            files.Add(("packet-chacha", "sshd-kex-flipped", Concat(new byte[] { 0x80, 0, 9 }, chacha)));
            foreach (byte variant in new byte[] { 0, 3, 4, 7 })
            {
                bool etm = (variant & 4) == 0;
                files.Add(("packet-aes", "sshd-kex-" + variant, Concat(new[] { variant, (byte)0, (byte)0 }, Reframe(sshdPackets, 16, !etm))));
            }

            files.Add(("client-session", "sshd", sshd.Received));
            files.Add(("server-session", "ssh", ssh.Received));

            var fromServer = new List<byte[]>(Payloads(sshdPackets));
            fromServer.AddRange(Encodings.AuthenticationReplies());
            var connection = new List<byte[]>();
            SessionTargets.ReplayClient(sshd.Received, connection.Add);
            if (connection.Count == 0)
            {
                throw new InvalidDataException("the sshd recording did not replay to the connection layer");
            }

            fromServer.AddRange(connection);
            AddMessages(files, "messages-client", "sshd", fromServer);

            var fromClient = new List<byte[]>(Payloads(sshPackets));
            fromClient.AddRange(Encodings.ClientConversation());
            AddMessages(files, "messages-server", "ssh", fromClient);

            foreach ((string target, string name, byte[] bytes) in files)
            {
                string directory = Path.Combine(corpus, target);
                Directory.CreateDirectory(directory);
                File.WriteAllBytes(Path.Combine(directory, name), bytes);
            }

            log.WriteLine("seed: wrote " + files.Count + " files under " + corpus);
        }

        /// <summary>One file with the whole conversation (state builds up) and one per message.</summary>
        private static void AddMessages(List<(string, string, byte[])> files, string target, string peer, List<byte[]> payloads)
        {
            using var all = new MemoryStream();
            for (int i = 0; i < payloads.Count; i++)
            {
                byte[] framed = Frame(payloads[i]);
                all.Write(framed);
                files.Add((target, peer + "-" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + "-msg" + payloads[i][0], framed));
            }

            files.Add((target, peer + "-conversation", all.ToArray()));
        }

        private static byte[] Frame(byte[] payload)
        {
            byte[] framed = new byte[2 + payload.Length];
            framed[0] = (byte)(payload.Length >> 8);
            framed[1] = (byte)payload.Length;
            payload.CopyTo(framed, 2);
            return framed;
        }

        /// <summary>The payloads of consecutive clear-text packets (RFC 4253 §6).</summary>
        private static IEnumerable<byte[]> Payloads(byte[] packets)
        {
            for (int at = 0; at + 5 <= packets.Length;)
            {
                int length = (packets[at] << 24) | (packets[at + 1] << 16) | (packets[at + 2] << 8) | packets[at + 3];
                int padding = packets[at + 4];
                yield return packets.AsSpan(at + 5, length - padding - 1).ToArray();
                at += 4 + length;
            }
        }

        /// <summary>The same payloads in packets padded to block (counting the length field when aligned).</summary>
        private static byte[] Reframe(byte[] packets, int block, bool lengthAligned)
        {
            using var framed = new MemoryStream();
            foreach (byte[] payload in Payloads(packets))
            {
                int unpadded = (lengthAligned ? 4 : 0) + 1 + payload.Length;
                int padding = block - (unpadded % block);
                if (padding < 4)
                {
                    padding += block;
                }

                int length = 1 + payload.Length + padding;
                framed.Write(new[] { (byte)(length >> 24), (byte)(length >> 16), (byte)(length >> 8), (byte)length, (byte)padding });
                framed.Write(payload);
                framed.Write(new byte[padding]);
            }

            return framed.ToArray();
        }

        private static byte[] Concat(byte[] first, byte[] second)
        {
            byte[] all = new byte[first.Length + second.Length];
            first.CopyTo(all, 0);
            second.CopyTo(all, first.Length);
            return all;
        }
    }

    /// <summary>What one side received, with where its identification line and clear-text packets end.</summary>
    internal sealed class Recording
    {
        public Recording(byte[] received)
        {
            Received = received;
            IdentificationLength = Array.IndexOf(received, (byte)'\n') + 1;
            if (IdentificationLength <= 0)
            {
                throw new InvalidDataException("no identification line in the recording");
            }

            PeerVersion = System.Text.Encoding.ASCII.GetString(received, 0, IdentificationLength).Trim();
            int at = IdentificationLength;
            while (at + 5 < received.Length)
            {
                int length = (received[at] << 24) | (received[at + 1] << 16) | (received[at + 2] << 8) | received[at + 3];
                byte number = received[at + 5];
                at += 4 + length;
                if (number == NewKeysMessage.Number)
                {
                    PlaintextEnd = at;
                    return;
                }
            }

            throw new InvalidDataException("no NEWKEYS in the recording");
        }

        public byte[] Received { get; }

        public int IdentificationLength { get; }

        public int PlaintextEnd { get; }

        public string PeerVersion { get; }
    }

    /// <summary>An ISshTransport over a socket's stream that keeps a copy of every byte read.</summary>
    internal sealed class RecordingTransport : ISshTransport, IDisposable
    {
        private readonly Stream stream;
        private readonly MemoryStream received = new();

        public RecordingTransport(Stream stream) => this.stream = stream;

        public int Read(byte[] buffer, int offset, int count)
        {
            int n = stream.Read(buffer, offset, count);
            lock (received)
            {
                received.Write(buffer, offset, n);
            }

            return n;
        }

        public void Write(byte[] buffer, int offset, int count) => stream.Write(buffer, offset, count);

        public void Close() => stream.Close();

        public void Dispose() => received.Dispose();

        public byte[] Received()
        {
            lock (received)
            {
                return received.ToArray();
            }
        }
    }

    internal static class KeyFiles
    {
        /// <summary>Writes an OpenSSH private key file (mode 0600, as ssh and sshd insist) for a fixed seed.</summary>
        public static string Write(string directory, string name, byte[] seed, ICryptoSuite suite)
        {
            byte[] publicKey = new byte[DeviceIdentity.PublicKeyLength];
            suite.Ed25519PublicKey(seed, 0, publicKey, 0);
            string path = Path.Combine(directory, name);
            File.WriteAllText(path, Tools.OpenSshEd25519Key.Write(seed, publicKey, name));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            return path;
        }
    }
}
