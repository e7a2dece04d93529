using System.Collections;
using Callhome.AgentCore.Netconf.Session;
using Callhome.AgentCore.Ssh.Server;

namespace Callhome.AgentCore.Netconf.Transport
{
    /// <summary>
    /// The `netconf` subsystem of our SSH server role (RFC 6242 §3; RFC 8071 mode, where the device dialled
    /// the manager and then serves): one NETCONF session per session channel that asks for it. Callbacks come
    /// under the driver's lock; replies and notifications go out through <see cref="ChannelOutput"/>.
    /// </summary>
    public sealed class NetconfSubsystem : ISshServerHandler
    {
        public const string Name = "netconf";

        private readonly NetconfServer server;
        private readonly ArrayList outputs = new ArrayList();

        public NetconfSubsystem(NetconfServer server)
        {
            this.server = server;
        }

        /// <summary>Set before the driver starts: its lock and wake-up are what outputs use.</summary>
        public SshServerDriver? Driver { get; set; }

        public bool OnRequest(int channelId, string requestType, string argument)
        {
            return requestType == "subsystem" && argument == Name;
        }

        public void OnStarted(SshServerConnection connection, int channelId)
        {
            ChannelOutput output = new ChannelOutput(connection, channelId, Driver!);
            NetconfSession session = new NetconfSession(server, output, Driver!.Sync);
            output.Session = session;
            session.Listener = output;
            outputs.Add(output);
            if (!session.Start())
            {
                output.Finish();
            }
        }

        public void OnData(SshServerConnection connection, int channelId, uint dataType, byte[] data, int offset, int count)
        {
            ChannelOutput? output = Find(channelId);
            if (output != null && dataType == 0)
            {
                output.Session!.Receive(data, offset, count);
            }
        }

        public void OnWindowAdjusted(SshServerConnection connection, int channelId)
        {
            ChannelOutput? output = Find(channelId);
            if (output != null)
            {
                output.Flush();
            }
        }

        public void OnEof(SshServerConnection connection, int channelId)
        {
            ChannelOutput? output = Find(channelId);
            if (output != null)
            {
                output.Session!.Close("the manager closed its side of the channel");
            }
        }

        public void OnClosed(SshServerConnection connection, int channelId)
        {
            ChannelOutput? output = Find(channelId);
            if (output != null)
            {
                outputs.Remove(output);
                output.Closed = true;
                output.Session!.Close("channel closed");
            }
        }

        private ChannelOutput? Find(int channelId)
        {
            for (int i = 0; i < outputs.Count; i++)
            {
                ChannelOutput output = (ChannelOutput)outputs[i]!;
                if (output.ChannelId == channelId)
                {
                    return output;
                }
            }

            return null;
        }
    }
}
