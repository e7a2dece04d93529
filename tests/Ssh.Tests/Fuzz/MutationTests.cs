using System;
using System.Collections.Generic;
using System.Diagnostics;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Connection;
using Callhome.AgentCore.Ssh.Connection.Messages;
using Callhome.AgentCore.Ssh.Messages;
using Callhome.AgentCore.Ssh.Transport;
using Callhome.AgentCore.Ssh.Wire;
using Callhome.Ssh.Tests.Peers;
using Callhome.Ssh.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Callhome.Ssh.Tests.Fuzz
{
    /// <summary>
    /// Seeded mutations of real sshd traffic. Every mutated input must end in a clean protocol error (the
    /// session closes with a DISCONNECT reason; decoders throw SshFormatException or SshProtocolException) or be
    /// handled; any other exception fails the test, with the seed and case to reproduce it. The session is
    /// sans-I/O and never waits, so a hang would show as the test's own time running out.
    /// </summary>
    public sealed class MutationTests
    {
        private const int Seed = 20261124;
        private static readonly Lazy<TrafficCapture> Capture = new(TrafficCapture.Record);
        private readonly ITestOutputHelper output;

        public MutationTests(ITestOutputHelper output) => this.output = output;

        [SkippableFact]
        public void ReplayOfTheCaptureReachesTheExecResult()
        {
            Skip.IfNot(SshdPeer.IsInstalled, "OpenSSH sshd is not installed");
            TrafficCapture capture = Capture.Value;
            using ReplaySession replay = capture.NewSession();
            replay.Feed(capture.ServerBytes, 0, capture.ServerBytes.Length);
            Assert.True(replay.Authenticated, "replay authenticated; ended with " + replay.EndReason);
            Assert.True(replay.ChannelBytes > 0, "exec output decrypted");
            Assert.True(replay.ChannelClosedSeen, "channel closed");
        }

        [SkippableFact]
        public void MutatedHandshakeBytesEndInProtocolErrorsOnly()
        {
            Skip.IfNot(SshdPeer.IsInstalled, "OpenSSH sshd is not installed");
            TrafficCapture capture = Capture.Value;
            byte[] original = capture.ServerBytes.AsSpan(0, capture.PlaintextLength).ToArray();
            var random = new Random(Seed);
            var clock = Stopwatch.StartNew();
            int cases = 30000;
            int closed = 0;
            for (int i = 0; i < cases; i++)
            {
                byte[] mutated = Mutate(original, random);
                using ReplaySession replay = capture.NewSession();
                try
                {
                    // Fed in random pieces: chunking must not matter.
                    int at = 0;
                    while (at < mutated.Length)
                    {
                        int piece = Math.Min(mutated.Length - at, 1 + random.Next(600));
                        replay.Feed(mutated, at, piece);
                        at += piece;
                    }
                }
                catch (Exception e)
                {
                    Assert.Fail("handshake case " + i + " (seed " + Seed + "): " + e);
                }

                if (replay.Session.IsClosed)
                {
                    closed++;
                }
            }

            output.WriteLine(cases + " handshake cases, " + closed + " closed with a protocol error, " + clock.ElapsedMilliseconds + " ms");
            Assert.True(closed > cases / 2, "most mutations are refused");
        }

        [SkippableFact]
        public void MutatedEncryptedBytesEndInProtocolErrorsOnly()
        {
            Skip.IfNot(SshdPeer.IsInstalled, "OpenSSH sshd is not installed");
            TrafficCapture capture = Capture.Value;
            byte[] original = capture.ServerBytes;
            var random = new Random(Seed + 1);
            int cases = 20000;
            int refused = 0;
            for (int i = 0; i < cases; i++)
            {
                byte[] mutated = (byte[])original.Clone();
                int position = capture.PlaintextLength + random.Next(original.Length - capture.PlaintextLength);
                mutated[position] ^= (byte)(1 + random.Next(255));
                using ReplaySession replay = capture.NewSession();
                try
                {
                    replay.Feed(mutated, 0, mutated.Length);
                }
                catch (Exception e)
                {
                    Assert.Fail("encrypted case " + i + ": " + e);
                }

                // A changed byte either fails authentication or the length check, or (when it enlarges an encrypted
                // length field) leaves the reader waiting for bytes that never come; it is never accepted as data.
                if (replay.Session.IsClosed)
                {
                    Assert.True(replay.EndReason == SshDisconnectReason.MacError || replay.EndReason == SshDisconnectReason.ProtocolError,
                        "case " + i + " ended with " + replay.EndReason);
                    refused++;
                }
                else
                {
                    Assert.False(replay.ChannelClosedSeen, "case " + i + ": the session went on past the changed byte");
                }
            }

            Assert.True(refused > cases * 9 / 10, refused + " of " + cases + " refused at once");
        }

        [SkippableFact]
        public void MutatedMessagesReachEveryDecoderAndFailCleanly()
        {
            Skip.IfNot(SshdPeer.IsInstalled, "OpenSSH sshd is not installed");
            TrafficCapture capture = Capture.Value;
            List<byte[]> seeds = SeedMessages(capture);
            var random = new Random(Seed + 2);
            int cases = 60000;
            var seen = new HashSet<byte>();
            for (int i = 0; i < cases; i++)
            {
                byte[] seed = seeds[random.Next(seeds.Count)];
                byte[] mutated = Mutate(seed, random);
                if (mutated.Length > 0)
                {
                    seen.Add(mutated[0]);
                }

                try
                {
                    DecodeAny(mutated);
                }
                catch (SshFormatException)
                {
                }
                catch (SshProtocolException)
                {
                }
                catch (Exception e)
                {
                    Assert.Fail("decoder case " + i + " (" + Convert.ToHexString(mutated) + "): " + e);
                }
            }

            output.WriteLine(cases + " decoder cases over " + seeds.Count + " seeds; message numbers seen: " + seen.Count);
        }

        /// <summary>Captured connection payloads (decrypted by a replay) plus encodings of each transport and
        /// authentication message the client decodes.</summary>
        private static List<byte[]> SeedMessages(TrafficCapture capture)
        {
            var seeds = new List<byte[]>();
            using (ReplaySession replay = capture.NewSession())
            {
                replay.RecordPayloads = true;
                replay.Feed(capture.ServerBytes, 0, capture.ServerBytes.Length);
                seeds.AddRange(replay.ConnectionPayloads);
            }

            int plainStart = Array.IndexOf(capture.ServerBytes, (byte)'\n') + 1;
            for (int at = plainStart; at < capture.PlaintextLength;)
            {
                byte[] b = capture.ServerBytes;
                int length = (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];
                int padding = b[at + 4];
                seeds.Add(b.AsSpan(at + 5, length - padding - 1).ToArray());
                at += 4 + length;
            }

            byte[] buffer = new byte[1024];
            seeds.Add(Written(buffer, new DisconnectMessage(SshDisconnectReason.ByApplication, "bye").Write(buffer, 0)));
            seeds.Add(Written(buffer, new UnimplementedMessage(7).Write(buffer, 0)));
            seeds.Add(Written(buffer, new DebugMessage(true, "debug").Write(buffer, 0)));
            seeds.Add(Written(buffer, IgnoreMessage.Write(buffer, 0, buffer, 0, 10)));
            seeds.Add(Written(buffer, new ServiceAcceptMessage("ssh-userauth").Write(buffer, 0)));
            seeds.Add(Written(buffer, new ExtInfoMessage("ssh-ed25519,rsa-sha2-256").Write(buffer, 0)));
            seeds.Add(Written(buffer, new UserAuthFailureMessage("publickey,password", false).Write(buffer, 0)));
            seeds.Add(Written(buffer, UserAuthSuccessMessage.Write(buffer, 0)));
            seeds.Add(Written(buffer, new UserAuthBannerMessage("banner").Write(buffer, 0)));
            seeds.Add(Written(buffer, new UserAuthPkOkMessage("ssh-ed25519", new byte[51]).Write(buffer, 0)));
            seeds.Add(Written(buffer, NewKeysMessage.Write(buffer, 0)));
            return seeds;
        }

        private static byte[] Written(byte[] buffer, int length) => buffer.AsSpan(0, length).ToArray();

        private static readonly ConnectionService Connection = new(new NullSender(), SshLimits.CreateDefault(), SshRole.Client, new NullConnectionListener());

        private static void DecodeAny(byte[] message)
        {
            if (message.Length == 0)
            {
                return;
            }

            const int Max = 8192;
            int n = message.Length;
            switch (message[0])
            {
                case DisconnectMessage.Number: DisconnectMessage.Read(message, 0, n, Max); break;
                case IgnoreMessage.Number: IgnoreMessage.Read(message, 0, n, 35000); break;
                case UnimplementedMessage.Number: UnimplementedMessage.Read(message, 0, n); break;
                case DebugMessage.Number: DebugMessage.Read(message, 0, n, Max); break;
                case ServiceAcceptMessage.Number: ServiceAcceptMessage.Read(message, 0, n, Max); break;
                case ExtInfoMessage.Number: ExtInfoMessage.Read(message, 0, n, Max); break;
                case KexInitMessage.Number: KexInitMessage.Read(message, 0, n, Max); break;
                case NewKeysMessage.Number: NewKeysMessage.Read(message, 0, n); break;
                case KexEcdhReplyMessage.Number:
                    KexEcdhReplyMessage reply = KexEcdhReplyMessage.Read(message, 0, n, Max);
                    AgentCoreKex.ParseHostKey(reply.HostKey);
                    break;
                case UserAuthFailureMessage.Number: UserAuthFailureMessage.Read(message, 0, n, Max); break;
                case UserAuthSuccessMessage.Number: UserAuthSuccessMessage.Read(message, 0, n); break;
                case UserAuthBannerMessage.Number: UserAuthBannerMessage.Read(message, 0, n, Max); break;
                case UserAuthPkOkMessage.Number: UserAuthPkOkMessage.Read(message, 0, n, Max); break;
                default:
                    lock (Connection)
                    {
                        Connection.HandleMessage(message, 0, n);
                    }

                    break;
            }
        }

        /// <summary>One to four of: flip a bit, set a byte to a boundary value, set a 32-bit field to a boundary
        /// value, truncate, insert random bytes, duplicate a slice.</summary>
        private static byte[] Mutate(byte[] input, Random random)
        {
            var bytes = new List<byte>(input);
            int rounds = 1 + random.Next(4);
            for (int r = 0; r < rounds; r++)
            {
                int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
                switch (random.Next(6))
                {
                    case 0:
                        if (bytes.Count > 0)
                        {
                            bytes[at] ^= (byte)(1 << random.Next(8));
                        }

                        break;
                    case 1:
                        if (bytes.Count > 0)
                        {
                            byte[] interesting = { 0, 1, 0x7f, 0x80, 0xff, (byte)'\n', (byte)',' };
                            bytes[at] = interesting[random.Next(interesting.Length)];
                        }

                        break;
                    case 2:
                        if (at + 4 <= bytes.Count)
                        {
                            uint[] values = { 0, 1, 4, 0x7fffffff, 0x80000000, 0xffffffff, 35000, 35001, (uint)random.Next(70000) };
                            uint value = values[random.Next(values.Length)];
                            bytes[at] = (byte)(value >> 24);
                            bytes[at + 1] = (byte)(value >> 16);
                            bytes[at + 2] = (byte)(value >> 8);
                            bytes[at + 3] = (byte)value;
                        }

                        break;
                    case 3:
                        bytes.RemoveRange(at, bytes.Count - at);
                        break;
                    case 4:
                        byte[] extra = new byte[1 + random.Next(16)];
                        random.NextBytes(extra);
                        bytes.InsertRange(at, extra);
                        break;
                    default:
                        int length = Math.Min(bytes.Count - at, 1 + random.Next(64));
                        bytes.InsertRange(at, bytes.GetRange(at, length));
                        break;
                }
            }

            return bytes.ToArray();
        }

        private static class AgentCoreKex
        {
            public static void ParseHostKey(byte[] blob) => Callhome.AgentCore.Ssh.Kex.Ed25519HostKey.ParseBlob(blob);
        }

        private sealed class NullSender : ISshMessageSender
        {
            public int MaxPayloadLength => 34000;

            public void SendMessage(byte[] payload, int offset, int count)
            {
            }
        }

        private sealed class NullConnectionListener : IConnectionListener
        {
            public void ChannelOpened(int channelId, bool openedByPeer)
            {
            }

            public void ChannelOpenFailed(int channelId, uint reasonCode, string description)
            {
            }

            public void ChannelData(int channelId, uint dataType, byte[] data, int offset, int count)
            {
            }

            public void ChannelWindowAdjusted(int channelId)
            {
            }

            public void ChannelEof(int channelId)
            {
            }

            public void ChannelClosed(int channelId)
            {
            }

            public void ChannelRequestReplied(int channelId, string requestType, bool success)
            {
            }

            public void ChannelExitStatus(int channelId, uint exitStatus)
            {
            }

            public bool ChannelRequest(int channelId, ChannelRequestMessage request) => false;

            public void GlobalRequestReplied(string requestName, bool success)
            {
            }
        }
    }
}
