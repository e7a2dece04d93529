using System;
using Callhome.AgentCore.Ssh.Connection.Messages;
using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Connection
{
    /// <summary>The owner's operations. Misuse (an unknown or closed channel id, a request on a channel not
    /// yet confirmed) throws InvalidOperationException; nothing here is sized by the peer.</summary>
    public sealed partial class ConnectionService
    {
        /// <summary>
        /// Sends CHANNEL_OPEN "session" (RFC 4254 §6.1) advertising our window and maximum packet size.
        /// Returns the new channel's id (confirmed later through <see cref="IConnectionListener.ChannelOpened"/>
        /// or refused through ChannelOpenFailed), or -1 when SshLimits.MaxChannels are in use.
        /// </summary>
        public int OpenSession()
        {
            Channel? channel = Allocate(false);
            if (channel == null)
            {
                return -1;
            }

            ChannelOpenMessage open = new ChannelOpenMessage();
            open.ChannelType = ChannelOpenMessage.SessionType;
            open.SenderChannel = (uint)channel.LocalId;
            open.InitialWindowSize = localWindowSize;
            open.MaximumPacketSize = (uint)localMaxPacket;
            SshWriter writer = Begin();
            open.Write(ref writer);
            Send(writer.Length);
            return channel.LocalId;
        }

        /// <summary>RFC 4254 §6.5 "exec" with want reply; the answer arrives as ChannelRequestReplied.</summary>
        public void SendExec(int channelId, string command)
        {
            Channel channel = Requestable(channelId, true);
            ExecRequest exec = new ExecRequest();
            exec.Command = command;
            SshWriter writer = Begin();
            ChannelRequestMessage.WriteHeader(ref writer, channel.RemoteId, ExecRequest.Type, true);
            exec.WriteData(ref writer);
            SendRequest(channel, ExecRequest.Type, writer.Length);
        }

        /// <summary>RFC 4254 §6.5 "subsystem" (e.g. "netconf") with want reply.</summary>
        public void SendSubsystem(int channelId, string subsystem)
        {
            Channel channel = Requestable(channelId, true);
            SubsystemRequest request = new SubsystemRequest();
            request.Name = subsystem;
            SshWriter writer = Begin();
            ChannelRequestMessage.WriteHeader(ref writer, channel.RemoteId, SubsystemRequest.Type, true);
            request.WriteData(ref writer);
            SendRequest(channel, SubsystemRequest.Type, writer.Length);
        }

        /// <summary>RFC 4254 §6.5 "shell" with want reply.</summary>
        public void SendShell(int channelId)
        {
            Channel channel = Requestable(channelId, true);
            SshWriter writer = Begin();
            ChannelRequestMessage.WriteHeader(ref writer, channel.RemoteId, ShellRequest.Type, true);
            SendRequest(channel, ShellRequest.Type, writer.Length);
        }

        /// <summary>RFC 4254 §6.2 "pty-req" with want reply.</summary>
        public void SendPtyRequest(int channelId, PtyRequest pty)
        {
            ArgumentNullException.ThrowIfNull(pty);

            Channel channel = Requestable(channelId, true);
            SshWriter writer = Begin();
            ChannelRequestMessage.WriteHeader(ref writer, channel.RemoteId, PtyRequest.Type, true);
            pty.WriteData(ref writer);
            SendRequest(channel, PtyRequest.Type, writer.Length);
        }

        /// <summary>RFC 4254 §6.10 "exit-status" (want reply false), sent by the side running the command.</summary>
        public void SendExitStatus(int channelId, uint exitStatus)
        {
            Channel channel = Requestable(channelId, false);
            ExitStatusRequest exit = new ExitStatusRequest();
            exit.ExitStatus = exitStatus;
            SshWriter writer = Begin();
            ChannelRequestMessage.WriteHeader(ref writer, channel.RemoteId, ExitStatusRequest.Type, false);
            exit.WriteData(ref writer);
            Send(writer.Length);
        }

        /// <summary>Any channel request with raw type-specific data (RFC 4254 §5.4).</summary>
        public void SendChannelRequest(int channelId, string requestType, bool wantReply, byte[] data, int offset, int count)
        {
            if (data == null || offset < 0 || count < 0 || data.Length - offset < count)
            {
                throw new ArgumentException("offset and count do not fit the data", nameof(data));
            }

            Channel channel = Requestable(channelId, wantReply);
            SshWriter writer = Begin();
            ChannelRequestMessage.WriteHeader(ref writer, channel.RemoteId, requestType, wantReply);
            writer.WriteRaw(data, offset, count);
            if (wantReply)
            {
                SendRequest(channel, requestType, writer.Length);
            }
            else
            {
                Send(writer.Length);
            }
        }

        /// <summary>RFC 4254 §4 global request (e.g. keepalive@openssh.com with want reply, to probe the
        /// manager); a wanted answer arrives as GlobalRequestReplied.</summary>
        public void SendGlobalRequest(string requestName, bool wantReply)
        {
            if (wantReply && pendingGlobalRequests.IsFull)
            {
                throw new InvalidOperationException(MaxPendingGlobalRequests + " global requests already await a reply");
            }

            GlobalRequestMessage request = new GlobalRequestMessage();
            request.RequestName = requestName;
            request.WantReply = wantReply;
            SshWriter writer = Begin();
            request.Write(ref writer);
            if (wantReply)
            {
                pendingGlobalRequests.Enqueue(requestName);
            }

            Send(writer.Length);
        }

        /// <summary>
        /// Bytes <see cref="SendData"/> would send now: the peer's remaining window (RFC 4254 §5.2), or 0 when
        /// the channel is not open for sending (unconfirmed, after our EOF or CLOSE, or unknown). A blocking
        /// writer above waits for ChannelWindowAdjusted while this is 0.
        /// </summary>
        public int GetSendWindow(int channelId)
        {
            Channel? channel = Find(channelId);
            if (channel == null || !channel.Confirmed || channel.EofSent || channel.CloseSent)
            {
                return 0;
            }

            if (channel.RemoteMaxPacket == 0)
            {
                return 0; // a peer that allows no data packet at all: nothing can ever be sent
            }

            return channel.RemoteWindow > int.MaxValue ? int.MaxValue : (int)channel.RemoteWindow;
        }

        /// <summary>
        /// Sends as much of the data as the peer's window allows, as CHANNEL_DATA messages of at most the
        /// peer's maximum packet size (RFC 4254 §5.2), and returns how many bytes went out (possibly 0).
        /// Nothing is buffered: the caller keeps the rest and retries after ChannelWindowAdjusted.
        /// </summary>
        public int SendData(int channelId, byte[] data, int offset, int count)
        {
            return SendData(channelId, ChannelDataType.Normal, data, offset, count);
        }

        /// <summary>As <see cref="SendData(int, byte[], int, int)"/>; a <paramref name="dataType"/> other than
        /// <see cref="ChannelDataType.Normal"/> sends CHANNEL_EXTENDED_DATA (1 = stderr).</summary>
        public int SendData(int channelId, uint dataType, byte[] data, int offset, int count)
        {
            if (data == null || offset < 0 || count < 0 || data.Length - offset < count)
            {
                throw new ArgumentException("offset and count do not fit the data", nameof(data));
            }

            Channel channel = Sendable(channelId);
            if (channel.EofSent)
            {
                throw new InvalidOperationException("data after EOF on channel " + channelId);
            }

            int overhead = dataType == ChannelDataType.Normal ? ChannelDataMessage.Overhead : ChannelExtendedDataMessage.Overhead;
            int sent = 0;

            // Each round re-reads the state: a send may deliver replies at once (window adjust, close).
            while (sent < count && Find(channelId) == channel && !channel.EofSent && !channel.CloseSent)
            {
                int piece = count - sent;
                if (channel.RemoteWindow < (uint)piece)
                {
                    piece = (int)channel.RemoteWindow;
                }

                if (channel.RemoteMaxPacket < (uint)piece)
                {
                    piece = (int)channel.RemoteMaxPacket;
                }

                int room = Min(sendBuffer.Length, sender.MaxPayloadLength) - overhead;
                if (room < piece)
                {
                    piece = room;
                }

                if (piece <= 0)
                {
                    break;
                }

                SshWriter writer = Begin();
                if (dataType == ChannelDataType.Normal)
                {
                    ChannelDataMessage.Write(ref writer, channel.RemoteId, data, offset + sent, piece);
                }
                else
                {
                    ChannelExtendedDataMessage.Write(ref writer, channel.RemoteId, dataType, data, offset + sent, piece);
                }

                channel.RemoteWindow -= (uint)piece;
                sent += piece;
                Send(writer.Length);
            }

            return sent;
        }

        /// <summary>
        /// With <see cref="ConsumeOnDelivery"/> false: the owner has taken <paramref name="count"/> more received
        /// bytes off the channel, which may now be granted back to the peer (RFC 4254 §5.2 WINDOW_ADJUST).
        /// A no-op once we have sent CLOSE.
        /// </summary>
        public void Consume(int channelId, int count)
        {
            Channel? channel = Find(channelId);
            if (channel == null || !channel.Confirmed)
            {
                throw new InvalidOperationException("unknown channel " + channelId);
            }

            uint unconsumed = localWindowSize - channel.LocalWindow - channel.Consumed;
            if (count < 0 || (uint)count > unconsumed)
            {
                throw new ArgumentException(count + " bytes consumed, but only " + unconsumed + " were received", nameof(count));
            }

            channel.Consumed += (uint)count;
            RefillWindow(channel);
        }

        /// <summary>RFC 4254 §5.3 EOF: we send no more data; the peer may still send. Once only; a no-op
        /// after EOF or CLOSE.</summary>
        public void SendEof(int channelId)
        {
            Channel? channel = Find(channelId);
            if (channel == null || !channel.Confirmed)
            {
                throw new InvalidOperationException("channel " + channelId + " is not open");
            }

            if (channel.EofSent || channel.CloseSent)
            {
                return;
            }

            channel.EofSent = true;
            ChannelEofMessage eof = new ChannelEofMessage();
            eof.RecipientChannel = channel.RemoteId;
            SshWriter writer = Begin();
            eof.Write(ref writer);
            Send(writer.Length);
        }

        /// <summary>
        /// RFC 4254 §5.3 CLOSE: we send nothing more on the channel. It stays allocated until the peer's CLOSE
        /// arrives (ChannelClosed). On a channel still being opened the CLOSE goes out on its confirmation.
        /// A no-op when already closed by us.
        /// </summary>
        public void Close(int channelId)
        {
            Channel? channel = Find(channelId);
            if (channel == null)
            {
                throw new InvalidOperationException("unknown channel " + channelId);
            }

            if (!channel.Confirmed)
            {
                channel.CloseWhenConfirmed = true;
                return;
            }

            if (!channel.CloseSent)
            {
                SendClose(channel);
            }
        }

        private void SendClose(Channel channel)
        {
            channel.CloseSent = true;
            ChannelCloseMessage close = new ChannelCloseMessage();
            close.RecipientChannel = channel.RemoteId;
            SshWriter writer = Begin();
            close.Write(ref writer);
            Send(writer.Length);
        }

        private void SendRequest(Channel channel, string requestType, int length)
        {
            channel.PendingRequests.Enqueue(requestType);
            Send(length);
        }

        /// <summary>A confirmed channel we have not closed.</summary>
        private Channel Sendable(int channelId)
        {
            Channel? channel = Find(channelId);
            if (channel == null)
            {
                throw new InvalidOperationException("unknown channel " + channelId);
            }

            if (!channel.Confirmed || channel.CloseSent)
            {
                throw new InvalidOperationException("channel " + channelId + " is not open");
            }

            return channel;
        }

        private Channel Requestable(int channelId, bool wantReply)
        {
            Channel channel = Sendable(channelId);
            if (wantReply && channel.PendingRequests.IsFull)
            {
                throw new InvalidOperationException(Channel.MaxPendingRequests + " requests already await a reply on channel " + channelId);
            }

            return channel;
        }

        private SshWriter Begin()
        {
            return new SshWriter(sendBuffer, 0);
        }

        private void Send(int length)
        {
            sender.SendMessage(sendBuffer, 0, length);
        }

        private static int Min(int a, int b)
        {
            return a < b ? a : b;
        }
    }
}
