using System;
using System.IO;
using System.Net.Sockets;
using Callhome.AgentCore.Ssh.Client;

namespace Callhome.Firmware.Native.Network
{
    /// <summary>The SSH layer's byte stream over a connected TCP socket.</summary>
    public sealed class SocketTransport : ISshTransport
    {
        private readonly Socket socket;

        public SocketTransport(Socket socket)
        {
            ArgumentNullException.ThrowIfNull(socket);
            this.socket = socket;
        }

        /// <exception cref="IOException">the connection failed or was closed (ISshTransport's contract).</exception>
        public int Read(byte[] buffer, int offset, int count)
        {
            try
            {
                return socket.Receive(buffer, offset, count, SocketFlags.None);
            }
            catch (SocketException e)
            {
                throw new IOException("receive: " + e.Message, e);
            }
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            try
            {
                while (count > 0)
                {
                    int sent = socket.Send(buffer, offset, count, SocketFlags.None);
                    offset += sent;
                    count -= sent;
                }
            }
            catch (SocketException e)
            {
                throw new IOException("send: " + e.Message, e);
            }
        }

        /// <summary>Shuts both directions first so a Receive blocked on another thread returns at once.</summary>
        public void Close()
        {
            try
            {
                socket.Shutdown(SocketShutdown.Both);
            }
            catch (SocketException)
            {
            }
            catch (ObjectDisposedException)
            {
            }

            socket.Close();
        }
    }
}
