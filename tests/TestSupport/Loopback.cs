using System.Net;
using System.Net.Sockets;

namespace Callhome.TestSupport
{
    /// <summary>Connections to 127.0.0.1 for the SSH drivers under test.</summary>
    public static class Loopback
    {
        /// <summary>Dials 127.0.0.1:port (already listening); the transport owns the socket.</summary>
        public static StreamTransport Dial(int port)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Connect(IPAddress.Loopback, port);
            }
            catch
            {
                socket.Dispose();
                throw;
            }

            return new StreamTransport(new NetworkStream(socket, ownsSocket: true));
        }

        /// <summary>A TCP port free on 127.0.0.1 a moment ago, for a peer that cannot report the one it bound
        /// (ncclient's call_home listens on the port it is given).</summary>
        public static int FreePort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }
    }
}
