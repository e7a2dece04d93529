using Xunit;

namespace Callhome.Ssh.Tests.Interop
{
    /// <summary>
    /// The server-role matrix of issue 4: {ssh, dbclient, paramiko 2.12} × {dialled by us (RFC 8071), dialled
    /// by them} × every suite each client shares with us, each case an Ed25519 publickey login and an echo
    /// through exec or the "echo" subsystem (alternating). One class per client so xunit runs them in parallel.
    /// </summary>
    public sealed class OpenSshClientMatrixTests
    {
        private const int Bytes = 64 * 1024;

        /// <summary>chacha20-poly1305, and aes128/256-ctr with each of our 4 MACs.</summary>
        public static TheoryData<string, string?, string> Suites()
        {
            var data = new TheoryData<string, string?, string> { { "chacha20-poly1305@openssh.com", null, "subsystem" } };
            string[] macs = { "hmac-sha2-256-etm@openssh.com", "hmac-sha2-512-etm@openssh.com", "hmac-sha2-256", "hmac-sha2-512" };
            int i = 0;
            foreach (string cipher in new[] { "aes128-ctr", "aes256-ctr" })
            {
                foreach (string mac in macs)
                {
                    data.Add(cipher, mac, i++ % 2 == 0 ? "exec" : "subsystem");
                }
            }

            return data;
        }

        [SkippableTheory]
        [MemberData(nameof(Suites))]
        public void DialledByUs(string cipher, string? mac, string program) =>
            ServerInterop.Echo("ssh", true, cipher, mac, program, Bytes);

        [SkippableTheory]
        [MemberData(nameof(Suites))]
        public void DialledByThem(string cipher, string? mac, string program) =>
            ServerInterop.Echo("ssh", false, cipher, mac, program, Bytes);
    }

    public sealed class DropbearClientMatrixTests
    {
        private const int Bytes = 64 * 1024;

        [SkippableTheory]
        [InlineData("chacha20-poly1305@openssh.com", "subsystem")]
        [InlineData("aes128-ctr", "exec")]
        [InlineData("aes256-ctr", "subsystem")]
        public void DialledByUs(string cipher, string program) =>
            ServerInterop.Echo("dbclient", true, cipher, "hmac-sha2-256", program, Bytes);

        [SkippableTheory]
        [InlineData("chacha20-poly1305@openssh.com", "exec")]
        [InlineData("aes128-ctr", "subsystem")]
        [InlineData("aes256-ctr", "exec")]
        public void DialledByThem(string cipher, string program) =>
            ServerInterop.Echo("dbclient", false, cipher, "hmac-sha2-256", program, Bytes);
    }

    public sealed class ParamikoClientMatrixTests
    {
        private const int Bytes = 64 * 1024;

        [SkippableTheory]
        [InlineData("aes128-ctr", "hmac-sha2-256", "subsystem")]
        [InlineData("aes128-ctr", "hmac-sha2-512", "exec")]
        [InlineData("aes256-ctr", "hmac-sha2-256", "exec")]
        [InlineData("aes256-ctr", "hmac-sha2-512", "subsystem")]
        public void DialledByUs(string cipher, string mac, string program) =>
            ServerInterop.Echo("paramiko", true, cipher, mac, program, Bytes);

        [SkippableTheory]
        [InlineData("aes128-ctr", "hmac-sha2-256", "exec")]
        [InlineData("aes128-ctr", "hmac-sha2-512", "subsystem")]
        [InlineData("aes256-ctr", "hmac-sha2-256", "subsystem")]
        [InlineData("aes256-ctr", "hmac-sha2-512", "exec")]
        public void DialledByThem(string cipher, string mac, string program) =>
            ServerInterop.Echo("paramiko", false, cipher, mac, program, Bytes);
    }
}
