using System;
using Callhome.AgentCore.Ssh.Server;

namespace Callhome.Ssh.Tests.Support
{
    /// <summary>Our server's exec / "echo" subsystem for the interop tests: echoes within the client's window;
    /// after the client's EOF and the last echoed byte, exit-status 7, EOF, CLOSE. Called under the driver's lock.</summary>
    internal sealed class EchoServerHandler : ISshServerHandler
    {
        public const uint ExitCode = 7;

        private byte[] queue = new byte[65536];
        private int length;
        private int sent;
        private bool eof;
        private bool finished;

        public string RequestType { get; private set; } = string.Empty;

        public string Argument { get; private set; } = string.Empty;

        public int Started { get; private set; }

        /// <summary>Set once a program started on a channel (its CHANNEL_SUCCESS went out).</summary>
        public System.Threading.ManualResetEventSlim StartedEvent { get; } = new(false);

        public bool OnRequest(int channelId, string requestType, string argument)
        {
            RequestType = requestType;
            Argument = argument;
            return true;
        }

        public void OnStarted(SshServerConnection connection, int channelId)
        {
            Started++;
            StartedEvent.Set();
        }

        public void OnData(SshServerConnection connection, int channelId, uint dataType, byte[] data, int offset, int count)
        {
            if (length + count > queue.Length)
            {
                Array.Resize(ref queue, Math.Max(queue.Length * 2, length + count));
            }

            Array.Copy(data, offset, queue, length, count);
            length += count;
            Flush(connection, channelId);
        }

        public void OnWindowAdjusted(SshServerConnection connection, int channelId) => Flush(connection, channelId);

        public void OnEof(SshServerConnection connection, int channelId)
        {
            eof = true;
            Flush(connection, channelId);
        }

        public void OnClosed(SshServerConnection connection, int channelId)
        {
        }

        private void Flush(SshServerConnection connection, int channelId)
        {
            while (sent < length && connection.Channels.IsOpen(channelId))
            {
                int n = connection.Channels.SendData(channelId, queue, sent, length - sent);
                if (n == 0)
                {
                    return;
                }

                sent += n;
            }

            if (eof && !finished && sent == length && connection.Channels.IsOpen(channelId))
            {
                finished = true;
                connection.Channels.SendExitStatus(channelId, ExitCode);
                connection.Channels.SendEof(channelId);
                connection.Channels.Close(channelId);
            }
        }
    }
}
