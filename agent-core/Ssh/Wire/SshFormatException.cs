using System;

namespace Callhome.AgentCore.Ssh.Wire
{
    /// <summary>
    /// Malformed input from the peer: a length past the end of the message, a field over its limit, bad
    /// encoding. Distinct from programming errors so the session can answer with DISCONNECT
    /// (RFC 4253 §11.1 SSH_DISCONNECT_PROTOCOL_ERROR) instead of crashing.
    /// </summary>
    public class SshFormatException : Exception
    {
        public SshFormatException(string message)
            : base(message)
        {
        }
    }
}
