using System;
using Callhome.AgentCore.Ssh.Transport;

namespace Callhome.AgentCore.Ssh
{
    /// <summary>
    /// What the session does on its own initiative once authenticated, in both roles:
    /// re-keys (RFC 4253 §9) when SshLimits.RekeyAfterBytes were sent plus received, or RekeyAfterMilliseconds
    /// passed, since the last key exchange; and keepalives (OpenSSH's keepalive@openssh.com global request with
    /// want-reply, answered with REQUEST_SUCCESS or FAILURE by every implementation) when the peer was silent for
    /// KeepaliveIntervalMilliseconds, ending the session after KeepaliveMaxUnanswered unanswered probes.
    /// RFC 4254 §4 answers global requests in order without naming them, so the session remembers, in send order,
    /// which want-reply global requests were its probes and which came from the connection layer, and routes
    /// each REQUEST_SUCCESS/FAILURE accordingly.
    /// </summary>
    public sealed partial class SshSession
    {
        private const byte GlobalRequestNumber = 80;
        private const byte RequestSuccessNumber = 81;
        private const byte RequestFailureNumber = 82;
        private const string KeepaliveName = "keepalive@openssh.com";

        private bool[] replyIsProbe = new bool[0];
        private int replyHead;
        private int replyCount;
        private long readMarkAtKex;
        private long writtenMarkAtKex;
        private long rekeyAt = NoDeadline;
        private long keepaliveAt = NoDeadline;
        private int keepalivesUnanswered;

        /// <summary>Key exchanges this side started (by the limits or <see cref="StartRekey"/>), not the peer.</summary>
        public int RekeysStarted { get; private set; }

        /// <summary>keepalive@openssh.com probes sent.</summary>
        public int KeepalivesSent { get; private set; }

        /// <summary>Replies to our probes received.</summary>
        public int KeepaliveRepliesReceived { get; private set; }

        /// <summary>True when the session ended because the peer left KeepaliveMaxUnanswered probes unanswered.</summary>
        public bool PeerNotResponding { get; private set; }

        /// <summary>Packet bytes sent plus received since the last key exchange started.</summary>
        public long BytesSinceKeyExchange
        {
            get { return (reader.BytesRead - readMarkAtKex) + (writer.BytesWritten - writtenMarkAtKex); }
        }

        /// <summary>Starts a re-key now (RFC 4253 §9). False, doing nothing, before authentication, while a key
        /// exchange runs or after the session closed.</summary>
        public bool StartRekey()
        {
            if (IsClosed || !IsAuthenticated || kexInProgress)
            {
                return false;
            }

            RekeysStarted++;
            SendKexInit();
            deadline = clock.ElapsedMilliseconds + limits.KexTimeoutMilliseconds;
            return true;
        }

        private void CreateReplyRing()
        {
            // Connection-layer requests are bounded by ConnectionService.MaxPendingGlobalRequests, our probes by
            // KeepaliveMaxUnanswered (one more is never sent), so this ring cannot overflow.
            replyIsProbe = new bool[Connection.ConnectionService.MaxPendingGlobalRequests + limits.KeepaliveMaxUnanswered + 1];
        }

        /// <summary>Authentication succeeded (either role): the deadlines of the authenticated session start.</summary>
        private void OnAuthenticationSucceeded()
        {
            IsAuthenticated = true;
            authDeadline = NoDeadline;
            if (!kexInProgress)
            {
                deadline = NoDeadline;
            }

            HeardFromPeer();
        }

        /// <summary>A key exchange starts (ours or the peer's): the volume of the next re-key counts from here, so
        /// what is held or flows during the exchange counts towards the next one.</summary>
        private void RestartRekeyVolume()
        {
            readMarkAtKex = reader.BytesRead;
            writtenMarkAtKex = writer.BytesWritten;
        }

        /// <summary>A key exchange completed: the clock of the next re-key starts from here.</summary>
        private void RestartRekeyClock()
        {
            rekeyAt = limits.RekeyAfterMilliseconds > 0 ? clock.ElapsedMilliseconds + limits.RekeyAfterMilliseconds : NoDeadline;
        }

        private void CheckRekeyByVolume()
        {
            if (limits.RekeyAfterBytes > 0 && IsAuthenticated && !kexInProgress && !IsClosed
                && BytesSinceKeyExchange >= limits.RekeyAfterBytes)
            {
                StartRekey();
            }
        }

        /// <summary>Any packet from the peer proves it alive: the probe count restarts.</summary>
        private void HeardFromPeer()
        {
            if (limits.KeepaliveIntervalMilliseconds > 0 && IsAuthenticated)
            {
                keepalivesUnanswered = 0;
                keepaliveAt = clock.ElapsedMilliseconds + limits.KeepaliveIntervalMilliseconds;
            }
        }

        /// <summary>The earliest of the failure deadline, the re-key time and the next keepalive.</summary>
        private long EarliestDeadline()
        {
            long next = deadline;
            if (IsAuthenticated && !kexInProgress && rekeyAt < next)
            {
                next = rekeyAt;
            }

            if (IsAuthenticated && keepaliveAt < next)
            {
                next = keepaliveAt;
            }

            return next;
        }

        /// <summary>OnTimer after the failure deadline was checked: time-based re-key, keepalive, dead peer.</summary>
        private void OnLivenessTimer(long now)
        {
            if (!IsAuthenticated)
            {
                return;
            }

            if (!kexInProgress && now >= rekeyAt)
            {
                StartRekey();
            }

            if (IsClosed || now < keepaliveAt)
            {
                return;
            }

            if (keepalivesUnanswered >= limits.KeepaliveMaxUnanswered)
            {
                PeerNotResponding = true;
                Fail(SshDisconnectReason.ConnectionLost, SshDisconnectReason.PeerNotResponding,
                    "the peer answered none of " + keepalivesUnanswered + " keepalives sent "
                    + limits.KeepaliveIntervalMilliseconds + " ms apart");
                return;
            }

            SendKeepalive();
            keepalivesUnanswered++;
            keepaliveAt = now + limits.KeepaliveIntervalMilliseconds;
        }

        /// <summary>RFC 4254 §4 GLOBAL_REQUEST "keepalive@openssh.com", want reply = true, no data.</summary>
        private void SendKeepalive()
        {
            byte[] payload = new byte[1 + 4 + KeepaliveName.Length + 1];
            payload[0] = GlobalRequestNumber;
            PacketBytes.WriteUInt32(payload, 1, (uint)KeepaliveName.Length);
            for (int i = 0; i < KeepaliveName.Length; i++)
            {
                payload[5 + i] = (byte)KeepaliveName[i];
            }

            payload[payload.Length - 1] = 1;
            PushReplyOwner(true);
            KeepalivesSent++;
            SendOrHold(payload, 0, payload.Length);
        }

        /// <summary>Remembers who awaits the reply to a want-reply GLOBAL_REQUEST the connection layer sends.</summary>
        private void NoteOutgoingGlobalRequest(byte[] payload, int offset, int count)
        {
            if (payload[offset] != GlobalRequestNumber || count < 5)
            {
                return;
            }

            uint nameLength = PacketBytes.ReadUInt32(payload, offset + 1);
            if (nameLength <= (uint)(count - 6) && payload[offset + 5 + (int)nameLength] != 0)
            {
                PushReplyOwner(false);
            }
        }

        private void PushReplyOwner(bool probe)
        {
            if (replyCount == replyIsProbe.Length)
            {
                throw new InvalidOperationException("too many global requests await a reply");
            }

            replyIsProbe[(replyHead + replyCount) % replyIsProbe.Length] = probe;
            replyCount++;
        }

        /// <summary>A REQUEST_SUCCESS/FAILURE arrived: true when it answers one of our probes (consumed here);
        /// false when it belongs to the connection layer (or to no request: the layer reports that error).</summary>
        private bool TakeProbeReply(byte number)
        {
            if ((number != RequestSuccessNumber && number != RequestFailureNumber) || replyCount == 0)
            {
                return false;
            }

            bool probe = replyIsProbe[replyHead];
            replyHead = (replyHead + 1) % replyIsProbe.Length;
            replyCount--;
            if (probe)
            {
                KeepaliveRepliesReceived++;
            }

            return probe;
        }
    }
}
