namespace Callhome.AgentCore.Ssh
{
    /// <summary>RFC 4253 §11.1 disconnect reason codes (values = the RFC's), plus 0 for a local end with no
    /// message (a closed stream or a timeout) and 256 for a peer that stopped answering our keepalives (local only:
    /// the DISCONNECT sent for it carries ConnectionLost).</summary>
    public enum SshDisconnectReason
    {
        None = 0,
        HostNotAllowedToConnect = 1,
        ProtocolError = 2,
        KeyExchangeFailed = 3,
        Reserved = 4,
        MacError = 5,
        CompressionError = 6,
        ServiceNotAvailable = 7,
        ProtocolVersionNotSupported = 8,
        HostKeyNotVerifiable = 9,
        ConnectionLost = 10,
        ByApplication = 11,
        TooManyConnections = 12,
        AuthCancelledByUser = 13,
        NoMoreAuthMethodsAvailable = 14,
        IllegalUserName = 15,
        PeerNotResponding = 256,
    }
}
