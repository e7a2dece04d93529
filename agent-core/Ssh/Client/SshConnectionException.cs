using System.IO;

namespace Callhome.AgentCore.Ssh.Client
{
    /// <summary>A failed SSH connection or channel operation, with the kind of failure and the RFC 4253 §11.1
    /// disconnect reason involved (None when no DISCONNECT was exchanged).</summary>
    public class SshConnectionException : IOException
    {
        public SshConnectionException(SshFailureKind kind, SshDisconnectReason reason, string message)
            : base(message)
        {
            Kind = kind;
            Reason = reason;
        }

        public SshFailureKind Kind { get; }

        public SshDisconnectReason Reason { get; }
    }
}
