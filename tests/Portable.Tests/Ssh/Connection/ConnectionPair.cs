using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Connection;

namespace Callhome.Portable.Tests.Ssh.Connection
{
    /// <summary>Two connection services (a client and a server) wired to each other through queued pipes.</summary>
    internal sealed class ConnectionPair
    {
        public ConnectionPair(SshLimits clientLimits, SshLimits serverLimits)
        {
            ToServer = new MessagePipe(35000);
            ToClient = new MessagePipe(35000);
            ClientEvents = new RecordingListener();
            ServerEvents = new RecordingListener();
            Client = new ConnectionService(ToServer, clientLimits, SshRole.Client, ClientEvents);
            Server = new ConnectionService(ToClient, serverLimits, SshRole.Server, ServerEvents);
            ToServer.Receiver = Server;
            ToClient.Receiver = Client;
        }

        public ConnectionPair()
            : this(SshLimits.CreateDefault(), SshLimits.CreateDefault())
        {
        }

        public MessagePipe ToServer { get; }

        public MessagePipe ToClient { get; }

        public RecordingListener ClientEvents { get; }

        public RecordingListener ServerEvents { get; }

        public ConnectionService Client { get; }

        public ConnectionService Server { get; }

        /// <summary>Delivers messages both ways, one at a time and alternating, until both pipes are empty.</summary>
        public void Flush()
        {
            bool moved = true;
            while (moved)
            {
                moved = ToServer.DeliverOne();
                moved = ToClient.DeliverOne() || moved;
            }
        }

        /// <summary>The client opens a session the server accepts; returns the client's channel id.</summary>
        public int OpenSession()
        {
            Server.AcceptPeerSessions = true;
            int channel = Client.OpenSession();
            Flush();
            return channel;
        }
    }
}
