using Callhome.AgentCore.Ssh.Connection.Messages;
using Callhome.AgentCore.Ssh.Transport;
using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection
{
    /// <summary>The handlers of the peer's messages: each checks the channel id and state before acting.</summary>
    public sealed partial class ConnectionService
    {
        /// <summary>RFC 4254 §4: we serve no global request (no port forwarding), so a request that wants a
        /// reply gets REQUEST_FAILURE. That includes keepalive@openssh.com, where any reply proves liveness,
        /// while hostkeys-00@openssh.com (want reply false) is ignored like every other reply-less request.</summary>
        private void OnGlobalRequest(GlobalRequestMessage request)
        {
            if (request.WantReply)
            {
                SshWriter writer = Begin();
                RequestFailureMessage.Write(ref writer);
                Send(writer.Length);
            }
        }

        private void OnGlobalReply(bool success)
        {
            string? name = pendingGlobalRequests.Dequeue();
            if (name == null)
            {
                throw Violation("global request reply without a pending request");
            }

            listener.GlobalRequestReplied(name, success);
        }

        /// <summary>RFC 4254 §5.1: the peer opens a channel. We only ever serve "session" (§6.1), and only
        /// when the owner allows it; every refusal gets OPEN_FAILURE with the matching reason.</summary>
        private void OnChannelOpen(ChannelOpenMessage open)
        {
            if (open.ChannelType != ChannelOpenMessage.SessionType)
            {
                RefuseOpen(open.SenderChannel, ChannelOpenFailureReason.UnknownChannelType, "unknown channel type");
                return;
            }

            if (open.TypeDataLength != 0)
            {
                throw Violation("session channel open with " + open.TypeDataLength + " trailing bytes");
            }

            if (!AcceptPeerSessions)
            {
                RefuseOpen(open.SenderChannel, ChannelOpenFailureReason.AdministrativelyProhibited, "sessions are not accepted");
                return;
            }

            Channel? channel = Allocate(true);
            if (channel == null)
            {
                RefuseOpen(open.SenderChannel, ChannelOpenFailureReason.ResourceShortage, "too many channels");
                return;
            }

            channel.Confirmed = true;
            channel.RemoteId = open.SenderChannel;
            channel.RemoteWindow = open.InitialWindowSize;
            channel.RemoteMaxPacket = open.MaximumPacketSize;

            ChannelOpenConfirmationMessage confirmation = new ChannelOpenConfirmationMessage();
            confirmation.RecipientChannel = open.SenderChannel;
            confirmation.SenderChannel = (uint)channel.LocalId;
            confirmation.InitialWindowSize = localWindowSize;
            confirmation.MaximumPacketSize = (uint)localMaxPacket;
            SshWriter writer = Begin();
            confirmation.Write(ref writer);
            Send(writer.Length);
            listener.ChannelOpened(channel.LocalId, true);
        }

        private void RefuseOpen(uint peerChannel, uint reason, string description)
        {
            ChannelOpenFailureMessage failure = new ChannelOpenFailureMessage();
            failure.RecipientChannel = peerChannel;
            failure.ReasonCode = reason;
            failure.Description = description;
            SshWriter writer = Begin();
            failure.Write(ref writer);
            Send(writer.Length);
        }

        private void OnOpenConfirmation(ChannelOpenConfirmationMessage confirmation)
        {
            Channel channel = Opening(confirmation.RecipientChannel);
            if (confirmation.TypeDataLength != 0)
            {
                throw Violation("session channel confirmation with " + confirmation.TypeDataLength + " trailing bytes");
            }

            channel.Confirmed = true;
            channel.RemoteId = confirmation.SenderChannel;
            channel.RemoteWindow = confirmation.InitialWindowSize;
            channel.RemoteMaxPacket = confirmation.MaximumPacketSize;
            if (channel.CloseWhenConfirmed)
            {
                SendClose(channel);
                return;
            }

            listener.ChannelOpened(channel.LocalId, false);
        }

        private void OnOpenFailure(ChannelOpenFailureMessage failure)
        {
            Channel channel = Opening(failure.RecipientChannel);
            Free(channel);
            listener.ChannelOpenFailed(channel.LocalId, failure.ReasonCode, failure.Description);
        }

        /// <summary>RFC 4254 §5.2: the window may grow up to 2^32 - 1 bytes and no further.</summary>
        private void OnWindowAdjust(ChannelWindowAdjustMessage adjust)
        {
            Channel channel = Confirmed(adjust.RecipientChannel);
            ulong window = (ulong)channel.RemoteWindow + adjust.BytesToAdd;
            if (window > uint.MaxValue)
            {
                throw Violation("window adjust beyond 2^32 - 1 bytes on channel " + channel.LocalId);
            }

            channel.RemoteWindow = (uint)window;
            if (!channel.CloseSent && !channel.EofSent)
            {
                listener.ChannelWindowAdjusted(channel.LocalId);
            }
        }

        /// <summary>RFC 4254 §5.2: data must fit the window we granted (its length was already checked against
        /// our maximum packet size by the reader). Consumed data is granted back by <see cref="RefillWindow"/>.</summary>
        private void OnData(uint recipient, uint dataType, byte[] data, int offset, int count)
        {
            Channel channel = Confirmed(recipient);
            if (channel.EofReceived)
            {
                throw Violation("data after EOF on channel " + channel.LocalId);
            }

            if ((uint)count > channel.LocalWindow)
            {
                throw Violation(count + " bytes of data exceed the window of " + channel.LocalWindow + " on channel " + channel.LocalId);
            }

            channel.LocalWindow -= (uint)count;
            if (channel.CloseSent)
            {
                return; // §5.3: data in flight when we closed; nobody reads it any more.
            }

            listener.ChannelData(channel.LocalId, dataType, data, offset, count);
            if (ConsumeOnDelivery && Find(channel.LocalId) == channel)
            {
                channel.Consumed += (uint)count;
                RefillWindow(channel);
            }
        }

        /// <summary>Grants consumed bytes back once the window is below half (OpenSSH's rule), so a peer
        /// streaming steadily never stalls and adjusts stay few.</summary>
        private void RefillWindow(Channel channel)
        {
            if (channel.CloseSent || channel.EofReceived || channel.Consumed == 0 || channel.LocalWindow >= localWindowSize / 2)
            {
                return;
            }

            ChannelWindowAdjustMessage adjust = new ChannelWindowAdjustMessage();
            adjust.RecipientChannel = channel.RemoteId;
            adjust.BytesToAdd = channel.Consumed;
            channel.LocalWindow += channel.Consumed;
            channel.Consumed = 0;
            SshWriter writer = Begin();
            adjust.Write(ref writer);
            Send(writer.Length);
        }

        private void OnEof(uint recipient)
        {
            Channel channel = Confirmed(recipient);
            if (channel.EofReceived)
            {
                throw Violation("second EOF on channel " + channel.LocalId);
            }

            channel.EofReceived = true;
            if (!channel.CloseSent)
            {
                listener.ChannelEof(channel.LocalId);
            }
        }

        /// <summary>RFC 4254 §5.3: answer CLOSE with CLOSE unless we sent ours already; with both sent the
        /// channel is freed.</summary>
        private void OnClose(uint recipient)
        {
            Channel channel = Confirmed(recipient);
            if (!channel.CloseSent)
            {
                SendClose(channel);
            }

            Free(channel);
            listener.ChannelClosed(channel.LocalId);
        }

        /// <summary>RFC 4254 §5.4: exit-status (§6.10) is reported as such; everything else is the listener's
        /// to accept or refuse, and a request wanting a reply always gets one while the channel is open.</summary>
        private void OnChannelRequest(ChannelRequestMessage request)
        {
            Channel channel = Confirmed(request.RecipientChannel);
            if (channel.CloseSent)
            {
                return; // §5.3: nothing more may be sent on the channel, not even a reply.
            }

            bool accepted;
            if (request.RequestType == ExitStatusRequest.Type)
            {
                uint status = ExitStatusRequest.Parse(request).ExitStatus;
                listener.ChannelExitStatus(channel.LocalId, status);
                accepted = true;
            }
            else
            {
                accepted = listener.ChannelRequest(channel.LocalId, request);
            }

            if (request.WantReply && Find(channel.LocalId) == channel && !channel.CloseSent)
            {
                SshWriter writer = Begin();
                if (accepted)
                {
                    ChannelSuccessMessage success = new ChannelSuccessMessage();
                    success.RecipientChannel = channel.RemoteId;
                    success.Write(ref writer);
                }
                else
                {
                    ChannelFailureMessage failure = new ChannelFailureMessage();
                    failure.RecipientChannel = channel.RemoteId;
                    failure.Write(ref writer);
                }

                Send(writer.Length);
            }
        }

        private void OnChannelReply(uint recipient, bool success)
        {
            Channel channel = Confirmed(recipient);
            string? requestType = channel.PendingRequests.Dequeue();
            if (requestType == null)
            {
                throw Violation("channel request reply without a pending request on channel " + channel.LocalId);
            }

            if (!channel.CloseSent)
            {
                listener.ChannelRequestReplied(channel.LocalId, requestType, success);
            }
        }

        /// <summary>The channel a message names, which must exist and have been confirmed.</summary>
        private Channel Confirmed(uint recipient)
        {
            Channel channel = Known(recipient);
            if (!channel.Confirmed)
            {
                throw Violation("message on channel " + recipient + " before its open was confirmed");
            }

            return channel;
        }

        /// <summary>The channel an open confirmation or failure names, which must await one.</summary>
        private Channel Opening(uint recipient)
        {
            Channel channel = Known(recipient);
            if (channel.Confirmed || channel.OpenedByPeer)
            {
                throw Violation("open reply for channel " + recipient + ", which is not being opened");
            }

            return channel;
        }

        private Channel Known(uint recipient)
        {
            Channel? channel = recipient > int.MaxValue ? null : Find((int)recipient);
            if (channel == null)
            {
                throw Violation("unknown channel " + recipient);
            }

            return channel;
        }

        private static SshProtocolException Violation(string message)
        {
            return new SshProtocolException(SshDisconnectReason.ProtocolError, message);
        }
    }
}
