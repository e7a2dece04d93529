using System;
using System.IO;
using System.Net.Sockets;
using System.Text;

namespace Callhome.ConsoleTests
{
    /// <summary>A line client of the control socket with a read deadline.</summary>
    internal sealed class ControlClient : IDisposable
    {
        private readonly Socket socket = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        private readonly StreamReader reader;

        public ControlClient(string path)
        {
            socket.Connect(new UnixDomainSocketEndPoint(path));
            socket.ReceiveTimeout = 10000;
            reader = new StreamReader(new NetworkStream(socket, ownsSocket: false), Encoding.ASCII);
        }

        public string Send(string line)
        {
            socket.Send(Encoding.ASCII.GetBytes(line + "\n"));
            return reader.ReadLine() ?? throw new EndOfStreamException("the firmware closed the control socket");
        }

        public string SendUntilDot(string line)
        {
            var text = new StringBuilder(Send(line)).Append('\n');
            string? next;
            while ((next = reader.ReadLine()) != null && next != ".")
            {
                text.Append(next).Append('\n');
            }

            return text.ToString();
        }

        public void Dispose()
        {
            reader.Dispose();
            socket.Dispose();
        }
    }
}
