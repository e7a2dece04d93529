using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Callhome.AgentCore.CallHome;
using Callhome.AgentCore.Ssh.Client;

namespace Callhome.Firmware.Native.Network
{
    /// <summary>Dials a manager endpoint with the host's TCP stack: a name is resolved, every address tried
    /// in order until one answers within the timeout; IPv6 literals come without their brackets.</summary>
    public sealed class SocketManagerDialer : IManagerDialer
    {
        public ISshTransport? Dial(string host, int port, int timeoutMilliseconds, out string failure)
        {
            ArgumentNullException.ThrowIfNull(host);
            using var deadline = new CancellationTokenSource(timeoutMilliseconds);
            IPAddress[] addresses;
            try
            {
                addresses = IPAddress.TryParse(host, out IPAddress? literal) ? new[] { literal } : Dns.GetHostAddresses(host);
            }
            catch (SocketException e)
            {
                failure = "cannot resolve " + host + ": " + e.Message;
                return null;
            }

            failure = "no address for " + host;
            foreach (IPAddress address in addresses)
            {
                var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.ConnectAsync(new IPEndPoint(address, port), deadline.Token).AsTask().GetAwaiter().GetResult();
                    return new SocketTransport(socket);
                }
                catch (SocketException e)
                {
                    failure = e.SocketErrorCode == SocketError.ConnectionRefused ? "connection refused" : e.Message;
                }
                catch (OperationCanceledException)
                {
                    failure = "no answer within " + timeoutMilliseconds + " ms";
                }

                socket.Dispose();
                if (deadline.IsCancellationRequested)
                {
                    break;
                }
            }

            return null;
        }
    }
}
