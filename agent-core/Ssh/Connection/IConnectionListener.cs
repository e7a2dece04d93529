using Callhome.AgentCore.Ssh.Connection.Messages;

namespace Callhome.AgentCore.Ssh.Connection
{
    /// <summary>
    /// What <see cref="ConnectionService"/> reports to its owner. Calls arrive on the thread that called
    /// <see cref="ConnectionService.HandleMessage"/> (or a send operation, for replies delivered at once);
    /// the owner may call back into the service from inside a callback. Byte segments are only valid during
    /// the call: copy what you keep.
    /// </summary>
    public interface IConnectionListener
    {
        /// <summary>A channel is open: our <see cref="ConnectionService.OpenSession"/> was confirmed
        /// (<paramref name="openedByPeer"/> false) or we accepted the peer's open (true).</summary>
        void ChannelOpened(int channelId, bool openedByPeer);

        /// <summary>The peer refused our open (RFC 4254 §5.1 reason code and description); the id is free again.</summary>
        void ChannelOpenFailed(int channelId, uint reasonCode, string description);

        /// <summary>Data from the peer: <paramref name="dataType"/> is <see cref="ChannelDataType.Normal"/> for
        /// SSH_MSG_CHANNEL_DATA or the RFC 4254 §5.2 extended-data type code (1 = stderr).</summary>
        void ChannelData(int channelId, uint dataType, byte[] data, int offset, int count);

        /// <summary>The peer enlarged our send window: <see cref="ConnectionService.GetSendWindow"/> grew.</summary>
        void ChannelWindowAdjusted(int channelId);

        /// <summary>The peer will send no more data on the channel (RFC 4254 §5.3).</summary>
        void ChannelEof(int channelId);

        /// <summary>Both sides have sent CLOSE: the channel is freed and its id is no longer valid.</summary>
        void ChannelClosed(int channelId);

        /// <summary>The answer to our want-reply channel request (RFC 4254 §5.4; answers come in request order).</summary>
        void ChannelRequestReplied(int channelId, string requestType, bool success);

        /// <summary>The peer's "exit-status" request (RFC 4254 §6.10).</summary>
        void ChannelExitStatus(int channelId, uint exitStatus);

        /// <summary>Any other channel request of the peer (exec, subsystem, shell, pty-req, env, signal, ...).
        /// Return true to accept it; the service sends CHANNEL_SUCCESS/FAILURE when the peer wants a reply.
        /// Parse the type-specific data with the typed requests (<see cref="ExecRequest.Parse"/>, ...).</summary>
        bool ChannelRequest(int channelId, ChannelRequestMessage request);

        /// <summary>The answer to our want-reply global request (RFC 4254 §4; answers come in request order).</summary>
        void GlobalRequestReplied(string requestName, bool success);
    }
}
