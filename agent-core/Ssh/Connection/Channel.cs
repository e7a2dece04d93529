namespace Callhome.AgentCore.Ssh.Connection
{
    /// <summary>
    /// One channel's state (RFC 4254 §5). Both windows are byte counts still allowed: ours is what the peer
    /// may still send us, theirs what we may still send. A channel lives from its open until both sides have
    /// sent CLOSE (§5.3); receiving the peer's CLOSE always completes it, since we answer at once.
    /// </summary>
    internal sealed class Channel
    {
        /// <summary>Want-reply channel requests we may have outstanding at once (our bound, not the peer's).</summary>
        public const int MaxPendingRequests = 4;

        public Channel(int localId, bool openedByPeer)
        {
            LocalId = localId;
            OpenedByPeer = openedByPeer;
            PendingRequests = new RequestQueue(MaxPendingRequests);
        }

        public int LocalId { get; }

        public bool OpenedByPeer { get; }

        /// <summary>False while our CHANNEL_OPEN awaits its confirmation: the peer's id is unknown then.</summary>
        public bool Confirmed { get; set; }

        public uint RemoteId { get; set; }

        public uint RemoteWindow { get; set; }

        public uint RemoteMaxPacket { get; set; }

        public uint LocalWindow { get; set; }

        /// <summary>Received bytes the owner has consumed but we have not yet granted back to the peer.</summary>
        public uint Consumed { get; set; }

        public bool EofSent { get; set; }

        public bool EofReceived { get; set; }

        public bool CloseSent { get; set; }

        /// <summary>The owner closed the channel before the peer confirmed it: close on confirmation.</summary>
        public bool CloseWhenConfirmed { get; set; }

        public RequestQueue PendingRequests { get; }
    }
}
