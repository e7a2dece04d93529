namespace Callhome.AgentCore.Ssh
{
    /// <summary>
    /// Every size and time limit of the SSH stack, in one place per board profile (docs/architecture.md).
    /// RFC 4253 §6.1 requires accepting packets of 35,000 bytes whatever the profile, so the small profile
    /// saves on windows, channel packets and channel count instead.
    /// </summary>
    public sealed class SshLimits
    {
        /// <summary>Largest packet (packet_length field) we accept: RFC 4253 §6.1's 35,000 bytes.</summary>
        public int MaxReceivePacketLength { get; set; } = 35000;

        /// <summary>Largest packet we send; peers must accept 35,000 bytes.</summary>
        public int MaxSendPacketLength { get; set; } = 35000;

        /// <summary>RFC 4253 §4.2: the identification line is at most 255 bytes including CR LF.</summary>
        public int MaxIdentificationLength { get; set; } = 255;

        /// <summary>Lines a server may send before its version (RFC 4253 §4.2), bounded so a peer cannot stall us.</summary>
        public int MaxLinesBeforeVersion { get; set; } = 32;

        /// <summary>Window we advertise per channel (RFC 4254 §5.2) and its refill threshold.</summary>
        public uint ChannelWindowSize { get; set; } = 2 * 1024 * 1024;

        /// <summary>Largest data message we accept on a channel (RFC 4254 §5.1 maximum packet size).</summary>
        public uint ChannelMaxPacket { get; set; } = 32768;

        public int MaxChannels { get; set; } = 8;

        /// <summary>Longest name-list, key blob, signature or other string field we read.</summary>
        public int MaxFieldLength { get; set; } = 8192;

        public int IdentificationTimeoutMilliseconds { get; set; } = 10000;

        public int KexTimeoutMilliseconds { get; set; } = 20000;

        public int AuthTimeoutMilliseconds { get; set; } = 30000;

        /// <summary>Server role: failed authentication requests before DISCONNECT 14 (OpenSSH MaxAuthTries).</summary>
        public int MaxAuthAttempts { get; set; } = 6;

        /// <summary>RFC 4253 §9: we start a re-key once this many bytes were sent plus received since the last key
        /// exchange (the RFC's "each gigabyte"; OpenSSH's own default is of that order). 0 = never by volume.</summary>
        public long RekeyAfterBytes { get; set; } = 1L << 30;

        /// <summary>RFC 4253 §9: we start a re-key this long after the last key exchange (the RFC's "each hour").
        /// 0 = never by time.</summary>
        public long RekeyAfterMilliseconds { get; set; } = 3600000;

        /// <summary>After authentication, when nothing was heard from the peer for this long we send
        /// keepalive@openssh.com with want-reply (OpenSSH ServerAliveInterval/ClientAliveInterval; 0 = off, their
        /// default).</summary>
        public int KeepaliveIntervalMilliseconds { get; set; }

        /// <summary>Keepalives left unanswered before the peer counts as dead (OpenSSH's CountMax, default 3): the
        /// session ends with <see cref="SshDisconnectReason.PeerNotResponding"/> at most (this + 1) intervals after
        /// the last packet heard.</summary>
        public int KeepaliveMaxUnanswered { get; set; } = 3;

        /// <summary>Desktop and embedded-Linux boards.</summary>
        public static SshLimits CreateDefault()
        {
            return new SshLimits();
        }

        /// <summary>~100 KiB-heap microcontroller boards: one channel, small window and channel packets.</summary>
        public static SshLimits CreateSmallBoard()
        {
            SshLimits limits = new SshLimits();
            limits.ChannelWindowSize = 16 * 1024;
            limits.ChannelMaxPacket = 4096;
            limits.MaxChannels = 1;
            limits.MaxFieldLength = 2048;
            return limits;
        }
    }
}
