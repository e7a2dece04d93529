using System;
using Callhome.AgentCore.Ssh.Connection.Messages;
using Callhome.AgentCore.Ssh.Transport;
using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection
{
    /// <summary>
    /// The SSH Connection Protocol (RFC 4254, "ssh-connection") over an authenticated transport, sans-I/O
    /// and role-symmetric: the engine hands it each decrypted message (<see cref="HandleMessage"/>), it
    /// answers through an <see cref="ISshMessageSender"/> and reports to an <see cref="IConnectionListener"/>.
    /// It buffers no channel data: sends go out at once up to the peer's window (<see cref="GetSendWindow"/>),
    /// received data goes straight to the listener. Not thread-safe: the owner serialises all calls.
    /// The sender must copy (encrypt) each payload before returning, since one send buffer is reused.
    /// Peer protocol violations throw <see cref="SshProtocolException"/>, whose reason code the engine puts
    /// in its SSH_MSG_DISCONNECT (malformed fields included); the service is unusable afterwards.
    /// </summary>
    public sealed partial class ConnectionService
    {
        /// <summary>Want-reply global requests we may have outstanding at once.</summary>
        public const int MaxPendingGlobalRequests = 4;

        /// <summary>Room for control messages (requests, open failures) besides the data packet size.</summary>
        private const int ControlMessageRoom = 256;

        private readonly ISshMessageSender sender;
        private readonly IConnectionListener listener;
        private readonly Channel?[] channels;
        private readonly byte[] sendBuffer;
        private readonly RequestQueue pendingGlobalRequests = new RequestQueue(MaxPendingGlobalRequests);
        private readonly uint localWindowSize;
        private readonly int localMaxPacket;
        private readonly int maxFieldLength;
        private readonly int[] generations;

        public ConnectionService(ISshMessageSender sender, SshLimits limits, SshRole role, IConnectionListener listener)
        {
            ArgumentNullException.ThrowIfNull(sender);
            ArgumentNullException.ThrowIfNull(limits);
            ArgumentNullException.ThrowIfNull(listener);

            if (limits.ChannelWindowSize == 0 || limits.ChannelMaxPacket == 0 || limits.ChannelMaxPacket > int.MaxValue - ControlMessageRoom
                || limits.MaxChannels < 0 || limits.MaxFieldLength < 0)
            {
                throw new ArgumentException("channel limits must be positive", nameof(limits));
            }

            this.sender = sender;
            this.listener = listener;
            Role = role;
            localWindowSize = limits.ChannelWindowSize;
            localMaxPacket = (int)limits.ChannelMaxPacket;
            maxFieldLength = limits.MaxFieldLength;
            channels = new Channel?[limits.MaxChannels];
            generations = new int[limits.MaxChannels];

            // Sized by our own limits: a data packet of our maximum size or a control message, whichever is
            // larger, and never more than the transport carries.
            int size = ChannelExtendedDataMessage.Overhead + localMaxPacket;
            if (size < ControlMessageRoom + maxFieldLength)
            {
                size = ControlMessageRoom + maxFieldLength;
            }

            if (size > sender.MaxPayloadLength)
            {
                size = sender.MaxPayloadLength;
            }

            sendBuffer = new byte[size];
        }

        /// <summary>Our side of the transport. RFC 4254 is symmetric: which side may send which channel request
        /// follows who opened the channel, not this role (call-home draft §9 has the SSH server open a terminal
        /// session on the client), so the service only records it for its owner.</summary>
        public SshRole Role { get; }

        /// <summary>
        /// True (the default): received data counts as consumed once the listener has returned, and our window
        /// is refilled from that. False: a stream above that buffers data calls <see cref="Consume"/> as its
        /// reader takes bytes, so the peer can never make it hold more than SshLimits.ChannelWindowSize.
        /// </summary>
        public bool ConsumeOnDelivery { get; set; } = true;

        /// <summary>
        /// Whether "session" channels the peer opens are accepted (a manager's terminal, call-home draft §9;
        /// the manager's channels in the server role). Off by default: they are refused with
        /// SSH_OPEN_ADMINISTRATIVELY_PROHIBITED, as RFC 4254 §6.1 advises clients to.
        /// </summary>
        public bool AcceptPeerSessions { get; set; }

        /// <summary>Channels allocated (opening, open or closing), at most SshLimits.MaxChannels.</summary>
        public int ChannelCount
        {
            get
            {
                int count = 0;
                for (int i = 0; i < channels.Length; i++)
                {
                    if (channels[i] != null)
                    {
                        count++;
                    }
                }

                return count;
            }
        }

        /// <summary>True while the channel is confirmed and neither side has closed it.</summary>
        public bool IsOpen(int channelId)
        {
            Channel? channel = Find(channelId);
            return channel != null && channel.Confirmed && !channel.CloseSent;
        }

        /// <summary>
        /// Consumes one connection-protocol message (numbers 80-100, RFC 4250 §4.1.2). Returns false, touching
        /// nothing, for any other number (or an unassigned one in that range) so the engine can route it or
        /// answer SSH_MSG_UNIMPLEMENTED. Throws <see cref="SshProtocolException"/> on a protocol violation.
        /// </summary>
        public bool HandleMessage(byte[] payload, int offset, int count)
        {
            if (payload == null || offset < 0 || count < 0 || payload.Length - offset < count)
            {
                throw new ArgumentException("offset and count do not fit the payload", nameof(payload));
            }

            if (count == 0)
            {
                return false;
            }

            byte number = payload[offset];
            if (!ConnectionMessage.IsConnectionMessage(number))
            {
                return false;
            }

            try
            {
                return Dispatch(number, payload, offset, count);
            }
            catch (SshFormatException e)
            {
                // Truncated fields, strings over their limit and trailing bytes, found by the wire reader.
                throw new SshProtocolException(SshDisconnectReason.ProtocolError, "malformed connection message " + number + ": " + e.Message);
            }
        }

        /// <summary>Handles one message of the connection range; false for the numbers RFC 4250 leaves unassigned (83-89).</summary>
        private bool Dispatch(byte number, byte[] payload, int offset, int count)
        {
            switch (number)
            {
                case GlobalRequestMessage.MessageNumber:
                    OnGlobalRequest(GlobalRequestMessage.Read(payload, offset, count, maxFieldLength));
                    break;
                case RequestSuccessMessage.MessageNumber:
                    RequestSuccessMessage.Read(payload, offset, count);
                    OnGlobalReply(true);
                    break;
                case RequestFailureMessage.MessageNumber:
                    RequestFailureMessage.Read(payload, offset, count);
                    OnGlobalReply(false);
                    break;
                case ChannelOpenMessage.MessageNumber:
                    OnChannelOpen(ChannelOpenMessage.Read(payload, offset, count, maxFieldLength));
                    break;
                case ChannelOpenConfirmationMessage.MessageNumber:
                    OnOpenConfirmation(ChannelOpenConfirmationMessage.Read(payload, offset, count));
                    break;
                case ChannelOpenFailureMessage.MessageNumber:
                    OnOpenFailure(ChannelOpenFailureMessage.Read(payload, offset, count, maxFieldLength));
                    break;
                case ChannelWindowAdjustMessage.MessageNumber:
                    OnWindowAdjust(ChannelWindowAdjustMessage.Read(payload, offset, count));
                    break;
                case ChannelDataMessage.MessageNumber:
                    ChannelDataMessage data = ChannelDataMessage.Read(payload, offset, count, localMaxPacket);
                    OnData(data.RecipientChannel, ChannelDataType.Normal, data.Data, data.DataOffset, data.DataLength);
                    break;
                case ChannelExtendedDataMessage.MessageNumber:
                    ChannelExtendedDataMessage extended = ChannelExtendedDataMessage.Read(payload, offset, count, localMaxPacket);
                    OnData(extended.RecipientChannel, extended.DataTypeCode, extended.Data, extended.DataOffset, extended.DataLength);
                    break;
                case ChannelEofMessage.MessageNumber:
                    OnEof(ChannelEofMessage.Read(payload, offset, count).RecipientChannel);
                    break;
                case ChannelCloseMessage.MessageNumber:
                    OnClose(ChannelCloseMessage.Read(payload, offset, count).RecipientChannel);
                    break;
                case ChannelRequestMessage.MessageNumber:
                    OnChannelRequest(ChannelRequestMessage.Read(payload, offset, count, maxFieldLength));
                    break;
                case ChannelSuccessMessage.MessageNumber:
                    OnChannelReply(ChannelSuccessMessage.Read(payload, offset, count).RecipientChannel, true);
                    break;
                case ChannelFailureMessage.MessageNumber:
                    OnChannelReply(ChannelFailureMessage.Read(payload, offset, count).RecipientChannel, false);
                    break;
                default:
                    return false;
            }

            return true;
        }

        /// <summary>The channel with this local id, or null. An id is slot + generation * MaxChannels: a stale id
        /// (of a freed channel whose slot was reused) never reaches the new channel.</summary>
        private Channel? Find(int channelId)
        {
            if (channelId < 0 || channels.Length == 0)
            {
                return null;
            }

            Channel? channel = channels[channelId % channels.Length];
            return channel != null && channel.LocalId == channelId ? channel : null;
        }

        /// <summary>A new channel in a free slot, or null when SshLimits.MaxChannels are in use.</summary>
        private Channel? Allocate(bool openedByPeer)
        {
            for (int slot = 0; slot < channels.Length; slot++)
            {
                if (channels[slot] == null)
                {
                    Channel channel = new Channel((generations[slot] * channels.Length) + slot, openedByPeer);
                    channel.LocalWindow = localWindowSize;
                    channels[slot] = channel;
                    return channel;
                }
            }

            return null;
        }

        /// <summary>Frees the slot and moves it to its next generation, so the next channel there gets a new id.</summary>
        private void Free(Channel channel)
        {
            int slot = channel.LocalId % channels.Length;
            channels[slot] = null;
            generations[slot] = generations[slot] >= (int.MaxValue / channels.Length) - 1 ? 0 : generations[slot] + 1;
        }
    }
}
