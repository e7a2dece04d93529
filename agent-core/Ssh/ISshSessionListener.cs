namespace Callhome.AgentCore.Ssh
{
    /// <summary>
    /// What the session reports, always from inside Receive/OnTimer/Start (the caller's thread, under its
    /// lock). Implementations must not call back into the session except to send (ISshMessageSender).
    /// </summary>
    public interface ISshSessionListener
    {
        /// <summary>Client role: the server's host key matched the pin and signed the exchange hash (each key exchange).</summary>
        void OnHostKeyVerified(string fingerprint);

        /// <summary>The server's host key is not the pinned one; the session disconnects (reason 9) next.</summary>
        void OnHostKeyMismatch(string expectedFingerprint, string actualFingerprint);

        /// <summary>The first key exchange completed: messages are now encrypted.</summary>
        void OnTransportReady();

        void OnBanner(string message);

        void OnAuthenticated();

        /// <summary>Client role: the server refused our key (RFC 4252 §5.1); the session disconnects next. Server
        /// role: we refused one request of the client (FAILURE sent); the session goes on.</summary>
        void OnAuthenticationFailed(string methodsThatCanContinue, bool partialSuccess);

        /// <summary>A connection-layer message (RFC 4254, numbers 80..100) after authentication. Return false
        /// if not understood: the session answers SSH_MSG_UNIMPLEMENTED.</summary>
        bool OnConnectionMessage(byte[] payload, int offset, int count);

        /// <summary>The session ended: fromPeer when the peer sent DISCONNECT; otherwise we did (or the stream
        /// closed, or a deadline passed: reason None). Called once.</summary>
        void OnDisconnected(SshDisconnectReason reason, string description, bool fromPeer);
    }
}
