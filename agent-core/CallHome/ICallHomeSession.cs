using System;
using Callhome.AgentCore.Ssh.Client;

namespace Callhome.AgentCore.CallHome
{
    /// <summary>
    /// One call's SSH and NETCONF, in either protocol, run on threads of its own so the call-home loop can
    /// watch it (Dispose after it ended joins them): whether it got as far as an authenticated session, whether the manager is still using it,
    /// when it ends and why.
    /// </summary>
    public interface ICallHomeSession : IDisposable
    {
        /// <summary>True once SSH authentication succeeded (the manager is who the device expects).</summary>
        bool IsEstablished { get; }

        /// <summary>Why the session ended, empty while it runs.</summary>
        string EndReason { get; }

        /// <summary>Starts the session on a freshly dialled transport; returns at once.</summary>
        void Start(ISshTransport transport);

        /// <summary>True when the session ended within the timeout.</summary>
        bool WaitForEnd(int timeoutMilliseconds);

        /// <summary>Ends the session from another thread (stop, idle timeout) and releases its threads.</summary>
        void Hangup(string reason);
    }
}
