using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Callhome.TestSupport;
using Org.BouncyCastle.Math.EC.Rfc8032;
using Xunit;

namespace Callhome.Firmware.Tests
{
    /// <summary>The firmware doing real work on both architectures: self-test, key generation, signing, boot.</summary>
    public class FirmwareTests
    {
        public static TheoryData<string> Runtimes => new() { "linux-x64", "linux-arm64" };

        [SkippableTheory]
        [MemberData(nameof(Runtimes))]
        public void SelfTestPassesEveryKnownAnswer(string runtime)
        {
            FirmwareBinary.SkipUnlessRunnable(runtime);
            ProcessResult result = FirmwareBinary.Run(runtime, "selftest");
            Assert.True(result.ExitCode == 0, result.Describe());
            Match summary = Regex.Match(result.StandardOutput, @"self-test (\S+): (\d+) passed, (\d+) failed");
            Assert.True(summary.Success, result.Describe());
            Assert.Equal("0", summary.Groups[3].Value);
            Assert.True(int.Parse(summary.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) >= 10, result.StandardOutput);
            Assert.DoesNotContain("FAIL", result.StandardOutput, StringComparison.Ordinal);
        }

        [SkippableTheory]
        [MemberData(nameof(Runtimes))]
        public void GeneratesTheDeviceKeyOnceAndReloadsItOnTheNextBoot(string runtime)
        {
            FirmwareBinary.SkipUnlessRunnable(runtime);
            string state = FirmwareBinary.NewStateDirectory();
            string other = FirmwareBinary.NewStateDirectory();
            try
            {
                ProcessResult first = FirmwareBinary.Run(runtime, "keygen", "--state", state);
                ProcessResult second = FirmwareBinary.Run(runtime, "keygen", "--state", state);
                ProcessResult elsewhere = FirmwareBinary.Run(runtime, "keygen", "--state", other);
                Assert.True(first.ExitCode == 0, first.Describe());
                Assert.StartsWith("created device key", first.StandardOutput, StringComparison.Ordinal);
                Assert.StartsWith("loaded device key", second.StandardOutput, StringComparison.Ordinal);
                string key = KeyLine(first);
                Assert.Equal(key, KeyLine(second));
                Assert.NotEqual(key, KeyLine(elsewhere));

                string slot = Path.Combine(state, "keys", "device-ed25519.key");
                Assert.Equal(32, new FileInfo(slot).Length);
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(slot));
                Assert.DoesNotContain(Convert.ToBase64String(File.ReadAllBytes(slot)), first.StandardOutput, StringComparison.Ordinal);
            }
            finally
            {
                FirmwareBinary.Delete(state);
                FirmwareBinary.Delete(other);
            }
        }

        [SkippableTheory]
        [MemberData(nameof(Runtimes))]
        public void SignatureFromTheDeviceKeyVerifiesWithItsPublishedKey(string runtime)
        {
            FirmwareBinary.SkipUnlessRunnable(runtime);
            string state = FirmwareBinary.NewStateDirectory();
            try
            {
                byte[] message = RandomNumberGenerator.GetBytes(48);
                ProcessResult keygen = FirmwareBinary.Run(runtime, "keygen", "--state", state);
                ProcessResult sign = FirmwareBinary.Run(runtime, "sign", "--state", state, "--hex", Convert.ToHexString(message));
                Assert.True(sign.ExitCode == 0, sign.Describe());
                byte[] signature = Convert.FromHexString(sign.StandardOutput.Trim());
                byte[] publicKey = PublicKey(KeyLine(keygen));
                Assert.True(Ed25519.Verify(signature, 0, publicKey, 0, message, 0, message.Length), "BouncyCastle rejects the firmware's signature");
                message[0] ^= 1;
                Assert.False(Ed25519.Verify(signature, 0, publicKey, 0, message, 0, message.Length));
            }
            finally
            {
                FirmwareBinary.Delete(state);
            }
        }

        [SkippableTheory]
        [MemberData(nameof(Runtimes))]
        public void FingerprintMatchesOpenSshKeygen(string runtime)
        {
            FirmwareBinary.SkipUnlessRunnable(runtime);
            string? sshKeygen = ProcessRunner.Which("ssh-keygen");
            Skip.If(sshKeygen == null, "ssh-keygen is not installed (tools/setup.sh installs openssh-client)");
            string state = FirmwareBinary.NewStateDirectory();
            try
            {
                ProcessResult keygen = FirmwareBinary.Run(runtime, "keygen", "--state", state);
                string line = KeyLine(keygen);
                string fingerprint = keygen.StandardOutput.Split('\n').Single(l => l.StartsWith("SHA256:", StringComparison.Ordinal)).Trim();
                string file = Path.Combine(state, "device.pub");
                File.WriteAllText(file, line + "\n");
                ProcessResult openssh = ProcessRunner.Run(sshKeygen!, new[] { "-l", "-E", "sha256", "-f", file }, TimeSpan.FromSeconds(30));
                Assert.True(openssh.ExitCode == 0, openssh.Describe());
                Assert.Contains(fingerprint + " callhome-device (ED25519)", openssh.StandardOutput, StringComparison.Ordinal);
            }
            finally
            {
                FirmwareBinary.Delete(state);
            }
        }

        [SkippableTheory]
        [MemberData(nameof(Runtimes))]
        public void BootScriptBringsUpTheEmulatedBoardInOrder(string runtime)
        {
            FirmwareBinary.SkipUnlessRunnable(runtime);
            string state = FirmwareBinary.NewStateDirectory();
            try
            {
                ProcessResult first = FirmwareBinary.Run(runtime, "boot", "--board", "emulator", "--state", state);
                ProcessResult second = FirmwareBinary.Run(runtime, "boot", "--board", "emulator", "--state", state);
                Assert.True(first.ExitCode == 0, first.Describe());
                Assert.True(second.ExitCode == 0, second.Describe());
                string[] steps = { "[boot] board:", "[boot] monotonic clock:", "[boot] real-time clock: unsynchronised", "[boot] entropy:", "[boot] crypto:", "0 failed", "[boot] identity: generated a new", "[boot] identity: signed", "[boot] manager:" };
                int position = 0;
                foreach (string step in steps)
                {
                    int found = first.StandardOutput.IndexOf(step, position, StringComparison.Ordinal);
                    Assert.True(found >= 0, "missing or out of order: " + step + "\n" + first.StandardOutput);
                    position = found;
                }

                Assert.Contains("[boot] identity: loaded the", second.StandardOutput, StringComparison.Ordinal);
            }
            finally
            {
                FirmwareBinary.Delete(state);
            }
        }

        [SkippableTheory]
        [MemberData(nameof(Runtimes))]
        public void RejectsUnknownCommandsAndOptionsWithAClearError(string runtime)
        {
            FirmwareBinary.SkipUnlessRunnable(runtime);
            ProcessResult command = FirmwareBinary.Run(runtime, "fly");
            ProcessResult option = FirmwareBinary.Run(runtime, "keygen", "--stat", "/tmp");
            ProcessResult hex = FirmwareBinary.Run(runtime, "sign", "--state", "/tmp/x", "--hex", "abc");
            Assert.Equal(2, command.ExitCode);
            Assert.Contains("unknown command 'fly'", command.StandardError, StringComparison.Ordinal);
            Assert.Equal(2, option.ExitCode);
            Assert.Contains("unknown option '--stat'", option.StandardError, StringComparison.Ordinal);
            Assert.Equal(2, hex.ExitCode);
            Assert.Contains("--hex must be", hex.StandardError, StringComparison.Ordinal);
        }

        private static string KeyLine(ProcessResult result) =>
            result.StandardOutput.Split('\n').Single(l => l.StartsWith("ssh-ed25519 ", StringComparison.Ordinal)).Trim();

        private static byte[] PublicKey(string keyLine)
        {
            byte[] blob = Convert.FromBase64String(keyLine.Split(' ')[1]);
            Assert.Equal(51, blob.Length);
            return blob[19..];
        }
    }
}
