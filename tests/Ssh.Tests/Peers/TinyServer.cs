using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace Callhome.Ssh.Tests.Peers
{
    /// <summary>A one-connection TCP server on 127.0.0.1 that misbehaves on purpose: it sends a fixed prefix
    /// (e.g. an identification line) and then either closes the connection or holds it open saying nothing.</summary>
    public sealed class TinyServer : IDisposable
    {
        private readonly TcpListener listener;
        private readonly Thread thread;
        private readonly byte[] prefix;
        private readonly bool closeAfterPrefix;
        private readonly ManualResetEventSlim stop = new(false);
        private Socket? accepted;

        public TinyServer(string prefixText, bool closeAfterPrefix)
        {
            prefix = Encoding.ASCII.GetBytes(prefixText);
            this.closeAfterPrefix = closeAfterPrefix;
            listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
            thread = new Thread(Serve) { IsBackground = true };
            thread.Start();
        }

        public int Port { get; }

        public void Dispose()
        {
            stop.Set();
            listener.Stop();
            thread.Join();
            accepted?.Dispose();
            stop.Dispose();
        }

        private void Serve()
        {
            try
            {
                accepted = listener.AcceptSocket();
                if (prefix.Length > 0)
                {
                    accepted.Send(prefix);
                }

                if (closeAfterPrefix)
                {
                    accepted.Shutdown(SocketShutdown.Both);
                    accepted.Close();
                    return;
                }

                // Stall: keep the connection open until the test ends.
                stop.Wait();
            }
            catch (SocketException)
            {
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}
