namespace Callhome.AgentCore.Ssh.Server
{
    /// <summary>
    /// What serves one kind of session channel in the server role (registered in <see cref="SshServerHandlers"/>):
    /// an exec command, a named subsystem or the shell. Calls come from inside SshServerConnection.Receive (the
    /// driver's thread, under its lock); write through connection.Channels (SendData up to GetSendWindow,
    /// SendExitStatus, SendEof, Close). Byte segments are only valid during the call.
    /// </summary>
    public interface ISshServerHandler
    {
        /// <summary>The client asks for this handler on a session channel: requestType "exec" (argument = the
        /// command), "subsystem" (its name) or "shell" (empty). False refuses (CHANNEL_FAILURE). Nothing should
        /// be written here: the reply goes out after this returns, then <see cref="OnStarted"/> is called.</summary>
        bool OnRequest(int channelId, string requestType, string argument);

        void OnStarted(SshServerConnection connection, int channelId);

        /// <summary>Data from the client (dataType 0 = normal, else the extended type code).</summary>
        void OnData(SshServerConnection connection, int channelId, uint dataType, byte[] data, int offset, int count);

        /// <summary>The client's window grew: more may be sent now.</summary>
        void OnWindowAdjusted(SshServerConnection connection, int channelId);

        void OnEof(SshServerConnection connection, int channelId);

        /// <summary>The channel is gone (both CLOSEs, or the session ended); the id is invalid afterwards.</summary>
        void OnClosed(SshServerConnection connection, int channelId);
    }
}
