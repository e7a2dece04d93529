namespace Callhome.AgentCore.Ssh
{
    /// <summary>What one session needs to know: who we are, which host key we trust, which algorithms we offer
    /// (null = every row of the tables in SshAlgorithms, in table order) and the limits.</summary>
    public sealed class SshSessionConfig
    {
        public SshSessionConfig(string userName, string pinnedHostKeyFingerprint)
        {
            UserName = userName;
            PinnedHostKeyFingerprint = pinnedHostKeyFingerprint;
            Limits = SshLimits.CreateDefault();
            SoftwareVersion = "callhome_0.1";
        }

        public SshRole Role { get; set; }

        /// <summary>Server role: the client keys accepted for publickey authentication (required there).</summary>
        public Auth.AuthorizedKeys? AuthorizedKeys { get; set; }

        /// <summary>The user name we authenticate as (the device name).</summary>
        public string UserName { get; set; }

        /// <summary>"SHA256:..." as ssh-keygen -l prints it; the only host key we accept (client role; unused by a server).</summary>
        public string PinnedHostKeyFingerprint { get; set; }

        public SshLimits Limits { get; set; }

        /// <summary>The softwareversion part of our identification string (RFC 4253 §4.2).</summary>
        public string SoftwareVersion { get; set; }

        /// <summary>Whether the first KEXINIT offers strict key exchange (kex-strict-c/s-v00@openssh.com, the
        /// Terrapin countermeasure). On by default; off only to test peers that lack it.</summary>
        public bool OfferStrictKex { get; set; } = true;

        public string[]? KexAlgorithms { get; set; }

        public string[]? Ciphers { get; set; }

        public string[]? Macs { get; set; }
    }
}
