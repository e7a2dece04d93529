using System;

namespace Callhome.AgentCore.Ssh.Transport
{
    /// <summary>A fatal protocol violation with the RFC 4253 §11.1 reason the session sends in DISCONNECT.</summary>
    public class SshProtocolException : Exception
    {
        public SshProtocolException(SshDisconnectReason reason, string message)
            : base(message)
        {
            Reason = reason;
        }

        public SshDisconnectReason Reason { get; }
    }
}
