namespace Callhome.AgentCore.Ssh.Messages
{
    /// <summary>Message numbers of RFC 4250 §4.1 (and RFC 8308 for EXT_INFO) that this stack speaks.</summary>
    public static class SshMessageNumbers
    {
        public const byte Disconnect = 1;
        public const byte Ignore = 2;
        public const byte Unimplemented = 3;
        public const byte Debug = 4;
        public const byte ServiceRequest = 5;
        public const byte ServiceAccept = 6;
        public const byte ExtInfo = 7;
        public const byte KexInit = 20;
        public const byte NewKeys = 21;
        public const byte KexEcdhInit = 30;
        public const byte KexEcdhReply = 31;
        public const byte UserAuthRequest = 50;
        public const byte UserAuthFailure = 51;
        public const byte UserAuthSuccess = 52;
        public const byte UserAuthBanner = 53;
        public const byte UserAuthPkOk = 60;

        /// <summary>RFC 4254 messages (global requests and channels) span 80..100.</summary>
        public const byte FirstConnection = 80;
        public const byte LastConnection = 100;
    }
}
