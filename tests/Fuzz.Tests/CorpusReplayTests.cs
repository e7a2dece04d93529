using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Callhome.Fuzz;
using Callhome.Fuzz.Targets;
using Xunit;

namespace Callhome.Fuzz.Tests
{
    /// <summary>
    /// Every committed corpus file (the seeds recorded from OpenSSH, plus whatever afl-fuzz runs added) goes
    /// through its target's entry function once: each must end accepted or refused with a protocol error, never in
    /// another exception. The recorded sessions must also still replay as deep as they were recorded, or the
    /// corpus has gone stale against the engine (re-record: callhome-fuzz seed tools/fuzz/corpus).
    /// </summary>
    public sealed class CorpusReplayTests
    {
        private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "corpus");

        public static IEnumerable<object[]> Targets() => FuzzTargets.Names.Select(name => new object[] { name });

        [Theory]
        [MemberData(nameof(Targets))]
        public void EveryCorpusFileEndsAcceptedOrInAProtocolError(string target)
        {
            FuzzTarget run = FuzzTargets.Find(target);
            string[] files = Directory.GetFiles(Path.Combine(Corpus, target));
            Assert.NotEmpty(files);
            foreach (string file in files)
            {
                FuzzOutcome outcome;
                try
                {
                    outcome = run(File.ReadAllBytes(file));
                }
                catch (Exception e)
                {
                    throw new InvalidOperationException(target + " crashed on " + Path.GetFileName(file), e);
                }

                Assert.True(outcome == FuzzOutcome.Accepted || outcome == FuzzOutcome.ProtocolError, file + ": " + outcome);
            }
        }

        [Fact]
        public void EachTargetHasACorpusAndEachCorpusATarget()
        {
            string[] folders = Directory.GetDirectories(Corpus).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;
            Assert.Equal(FuzzTargets.Names.OrderBy(n => n, StringComparer.Ordinal), folders);
        }

        [Fact]
        public void TheSshdRecordingReplaysToTheChannelLayer()
        {
            var payloads = new List<byte[]>();
            FuzzOutcome outcome = SessionTargets.ReplayClient(Seed("client-session", "sshd"), payloads.Add);
            Assert.Equal(FuzzOutcome.Accepted, outcome);
            Assert.Contains(payloads, p => p[0] == 91); // CHANNEL_OPEN_CONFIRMATION
            Assert.Contains(payloads, p => p[0] == 94); // the echoed data
        }

        [Fact]
        public void TheSshRecordingAuthenticatesAtOurServer()
        {
            bool authenticated = false;
            SessionTargets.ReplayServer(Seed("server-session", "ssh"), server => authenticated = server.Session.IsAuthenticated);
            Assert.True(authenticated, "ssh's recorded bytes no longer authenticate at the seeded server");
        }

        [Theory]
        [InlineData("packet-none", "sshd-kex")]
        [InlineData("packet-chacha", "sshd-kex")]
        [InlineData("packet-aes", "sshd-kex-0")]
        [InlineData("packet-aes", "sshd-kex-7")]
        public void CleanSeedsPassTheirPacketLayer(string target, string seed)
        {
            Assert.Equal(FuzzOutcome.Accepted, FuzzTargets.Find(target)(Seed(target, seed)));
        }

        [Fact]
        public void AFlippedSealedByteIsRefused()
        {
            Assert.Equal(FuzzOutcome.ProtocolError, FuzzTargets.Find("packet-chacha")(Seed("packet-chacha", "sshd-kex-flipped")));
        }

        private static byte[] Seed(string target, string name) => File.ReadAllBytes(Path.Combine(Corpus, target, name));
    }
}
