using System;
using Callhome.AgentCore.Netconf.Framing;
using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Ssh.Client;

namespace Callhome.AgentCore.Netconf.Transport
{
    /// <summary>
    /// The call-home draft's mode (§7): the device, as SSH client of its manager, opens the `netconf-turn`
    /// subsystem and then serves NETCONF on that channel, the roles of the two protocols "turned". Both sides
    /// send hello at once (RFC 6241 §8.1), then the manager sends rpcs. <see cref="Run"/> blocks on the
    /// caller's thread until the session or the channel ends; notifications may write from other threads.
    /// </summary>
    public sealed class NetconfOverChannel : INetconfOutput
    {
        public const string TurnSubsystem = "netconf-turn";

        /// <summary>A manager may stay quiet between rpcs for as long as it likes; the SSH keepalives, not
        /// this read, decide when it is gone.</summary>
        private const int IdleReadMilliseconds = 3600000;

        /// <summary>After our end of the session, how long the manager gets to read our last reply and close
        /// its side before the device hangs up the connection under it.</summary>
        private const int CloseGraceMilliseconds = 5000;

        private readonly SshChannel channel;

        public NetconfOverChannel(NetconfServer server, SshChannel channel)
        {
            this.channel = channel;
            Session = new NetconfSession(server, this);
        }

        public NetconfSession Session { get; }

        /// <summary>Opens netconf-turn on the manager and serves one NETCONF session on it.</summary>
        public static string ServeTurn(NetconfServer server, SshClient client, int openTimeoutMilliseconds)
        {
            SshChannel channel = client.OpenSubsystem(TurnSubsystem, openTimeoutMilliseconds);
            try
            {
                NetconfOverChannel turn = new NetconfOverChannel(server, channel);
                turn.Run();
                return turn.Session.CloseReason;
            }
            finally
            {
                channel.Dispose();
            }
        }

        public void Run()
        {
            channel.ReadTimeout = IdleReadMilliseconds;
            if (!Session.Start())
            {
                return;
            }

            byte[] buffer = new byte[4096];
            try
            {
                bool managerClosed = false;
                while (!Session.IsClosed)
                {
                    int count = channel.Read(buffer, 0, buffer.Length);
                    if (count == 0)
                    {
                        managerClosed = true;
                        Session.Close("the manager closed the channel");
                        break;
                    }

                    Session.Receive(buffer, 0, count);
                }

                channel.CloseOutput();
                if (!managerClosed)
                {
                    // Our side ended (close-session, kill-session, an error): send EOF, then let the manager
                    // take the last reply and close its side; whatever else it sends is not read.
                    channel.ReadTimeout = CloseGraceMilliseconds;
                    while (channel.Read(buffer, 0, buffer.Length) > 0)
                    {
                    }
                }
            }
            catch (SshConnectionException e)
            {
                Session.Close("SSH: " + e.Message);
            }
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            try
            {
                channel.Write(buffer, offset, count);
            }
            catch (SshConnectionException e)
            {
                Session.Close("SSH: " + e.Message);
            }
            catch (InvalidOperationException e)
            {
                Session.Close("SSH: " + e.Message);
            }
        }
    }
}
