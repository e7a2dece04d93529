namespace Callhome.AgentCore.Config
{
    /// <summary>
    /// The configuration's size limits, in one place: together they bound the stored record, so one slot
    /// of <see cref="MaxRecordBytes"/> always holds any valid configuration and the store needs one buffer.
    /// </summary>
    public static class ConfigLimits
    {
        public const int MaxDeviceNameLength = 64;
        public const int MaxEndpoints = 4;

        /// <summary>A DNS name's limit (RFC 1035 §2.3.4); an IPv6 literal is far shorter.</summary>
        public const int MaxHostLength = 253;

        /// <summary>"SHA256:" and 43 unpadded base64 characters of a 32-byte digest (OpenSSH's form).</summary>
        public const int FingerprintLength = 50;

        public const int MaxPeriodSeconds = 7 * 24 * 3600;
        public const int MinPeriodSeconds = 60;
        public const int MaxIdleTimeoutSeconds = 24 * 3600;
        public const int MaxReconnectSeconds = 24 * 3600;

        /// <summary>A POSIX login name's portable limit (useradd's default is 32).</summary>
        public const int MaxUserNameLength = 32;

        // Tag (1) + length (2) per field.
        internal const int FieldOverhead = 3;

        /// <summary>The largest payload a valid configuration encodes to: name, endpoints (port + host),
        /// fingerprint, mode byte, four 32-bit numbers, protocol byte and user name.</summary>
        public const int MaxPayloadBytes =
            FieldOverhead + MaxDeviceNameLength
            + (MaxEndpoints * (FieldOverhead + 2 + MaxHostLength))
            + FieldOverhead + FingerprintLength
            + FieldOverhead + 1
            + (4 * (FieldOverhead + 4))
            + FieldOverhead + 1
            + FieldOverhead + MaxUserNameLength;

        /// <summary>Header (magic 4, version 1, reserved 1, sequence 4, length 2) + payload + CRC-32 (4).</summary>
        public const int HeaderBytes = 12;
        public const int CrcBytes = 4;
        public const int MaxRecordBytes = HeaderBytes + MaxPayloadBytes + CrcBytes;
    }
}
