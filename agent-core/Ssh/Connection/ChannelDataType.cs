namespace Callhome.AgentCore.Ssh.Connection
{
    /// <summary>Stream codes for <see cref="IConnectionListener.ChannelData"/>: 0 is ordinary channel data
    /// (SSH_MSG_CHANNEL_DATA); others are RFC 4254 §5.2 SSH_MSG_CHANNEL_EXTENDED_DATA type codes.</summary>
    public static class ChannelDataType
    {
        public const uint Normal = 0;

        /// <summary>RFC 4254 §5.2 SSH_EXTENDED_DATA_STDERR.</summary>
        public const uint Stderr = 1;
    }
}
