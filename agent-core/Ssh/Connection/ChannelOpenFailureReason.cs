namespace Callhome.AgentCore.Ssh.Connection
{
    /// <summary>RFC 4254 §5.1 / RFC 4250 §4.3 reason codes of SSH_MSG_CHANNEL_OPEN_FAILURE.</summary>
    public static class ChannelOpenFailureReason
    {
        public const uint AdministrativelyProhibited = 1;
        public const uint ConnectFailed = 2;
        public const uint UnknownChannelType = 3;
        public const uint ResourceShortage = 4;
    }
}
