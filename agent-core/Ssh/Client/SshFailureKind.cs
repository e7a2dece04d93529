namespace Callhome.AgentCore.Ssh.Client
{
    /// <summary>Why a client connection or operation failed, for callers that react differently to each.</summary>
    public enum SshFailureKind
    {
        /// <summary>A deadline passed (ours, or the caller's timeout).</summary>
        Timeout = 1,

        /// <summary>The server's host key is not the pinned one.</summary>
        HostKeyMismatch = 2,

        /// <summary>The server refused the device key.</summary>
        AuthenticationFailed = 3,

        /// <summary>No algorithm in common, or the key exchange itself failed.</summary>
        KeyExchangeFailed = 4,

        /// <summary>The peer violated the protocol (or sent DISCONNECT).</summary>
        ProtocolError = 5,

        /// <summary>The stream closed or failed underneath.</summary>
        ConnectionLost = 6,

        /// <summary>The server refused a channel or a request on it.</summary>
        ChannelRefused = 7,

        /// <summary>The peer sent DISCONNECT.</summary>
        DisconnectedByPeer = 8,

        /// <summary>The peer left our keepalives unanswered (SshLimits.KeepaliveMaxUnanswered): dead or unreachable.</summary>
        PeerNotResponding = 9,
    }
}
