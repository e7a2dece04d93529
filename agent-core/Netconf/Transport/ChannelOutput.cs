using System;
using Callhome.AgentCore.Netconf.Framing;
using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Ssh.Server;

namespace Callhome.AgentCore.Netconf.Transport
{
    /// <summary>
    /// A NETCONF session's bytes onto its SSH channel, within the peer's window (RFC 4254 §5.2). What does not
    /// fit waits here, up to <see cref="MaxPending"/>; a manager that stops reading for longer loses the
    /// session rather than the device its memory. Writes may come from the channel's callbacks or from an
    /// event publisher's thread: both take the driver's lock.
    /// </summary>
    internal sealed class ChannelOutput : INetconfOutput, INetconfSessionListener
    {
        public const int MaxPending = 512 * 1024;

        private readonly SshServerConnection connection;
        private readonly SshServerDriver driver;
        private byte[] pending = new byte[4096];
        private int start;
        private int length;
        private bool finishing;
        private bool finished;

        public ChannelOutput(SshServerConnection connection, int channelId, SshServerDriver driver)
        {
            this.connection = connection;
            this.driver = driver;
            ChannelId = channelId;
        }

        public int ChannelId { get; }

        public NetconfSession? Session { get; set; }

        public bool Closed { get; set; }

        public void Write(byte[] buffer, int offset, int count)
        {
            lock (driver.Sync)
            {
                if (Closed || finished)
                {
                    return;
                }

                if (length + count > MaxPending)
                {
                    Closed = true;
                    Session!.Close("the manager stopped reading (" + MaxPending + " bytes waiting)");
                    return;
                }

                Reserve(count);
                Array.Copy(buffer, offset, pending, start + length, count);
                length += count;
                Flush();
            }

            driver.Wake();
        }

        /// <summary>Sends what the window allows; once the session ended and all is sent, EOF and CLOSE.</summary>
        public void Flush()
        {
            while (length > 0 && !Closed && connection.Channels.IsOpen(ChannelId))
            {
                int sent = connection.Channels.SendData(ChannelId, pending, start, length);
                if (sent == 0)
                {
                    return;
                }

                start += sent;
                length -= sent;
            }

            if (finishing && length == 0 && !finished && connection.Channels.IsOpen(ChannelId))
            {
                finished = true;

                // The subsystem ended as a program would (RFC 4254 §6.10): status 0, then EOF and CLOSE.
                connection.Channels.SendExitStatus(ChannelId, 0);
                connection.Channels.SendEof(ChannelId);
                connection.Channels.Close(ChannelId);
            }
        }

        /// <summary>The session ended: close the channel once what it wrote has gone out.</summary>
        public void Finish()
        {
            lock (driver.Sync)
            {
                finishing = true;
                Flush();
            }

            driver.Wake();
        }

        public void OnSessionClosed(NetconfSession session, string reason)
        {
            Finish();
        }

        private void Reserve(int count)
        {
            if (start + length + count <= pending.Length)
            {
                return;
            }

            if (length + count <= pending.Length)
            {
                Array.Copy(pending, start, pending, 0, length);
                start = 0;
                return;
            }

            int size = pending.Length * 2;
            while (size < length + count)
            {
                size *= 2;
            }

            byte[] larger = new byte[size];
            Array.Copy(pending, start, larger, 0, length);
            pending = larger;
            start = 0;
        }
    }
}
