using System;
using System.IO;
using Callhome.Tools;
using Xunit;

namespace Callhome.Fuzz.Tests
{
    /// <summary>The key files the corpus recorder hands to sshd and ssh, and tools/sshbench reads back.</summary>
    public sealed class OpenSshKeyFileTests
    {
        [Fact]
        public void AWrittenKeyReadsBackToItsSeed()
        {
            byte[] seed = new byte[32];
            byte[] publicKey = new byte[32];
            for (int i = 0; i < 32; i++)
            {
                seed[i] = (byte)i;
                publicKey[i] = (byte)(255 - i);
            }

            string text = OpenSshEd25519Key.Write(seed, publicKey, "test");
            Assert.StartsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n", text, StringComparison.Ordinal);
            Assert.Equal(seed, OpenSshEd25519Key.ReadSeed(text));
        }

        [Fact]
        public void OtherTextIsRefused()
        {
            Assert.Throws<InvalidDataException>(() => OpenSshEd25519Key.ReadSeed("ssh-ed25519 AAAA not a private key"));
            string truncated = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\n-----END OPENSSH PRIVATE KEY-----\n";
            Assert.Throws<InvalidDataException>(() => OpenSshEd25519Key.ReadSeed(truncated));
        }
    }
}
