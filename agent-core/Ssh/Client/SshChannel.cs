using System;
using System.Threading;
using Callhome.AgentCore.Ssh.Transport;

namespace Callhome.AgentCore.Ssh.Client
{
    /// <summary>
    /// One "session" channel (RFC 4254 §6) of an <see cref="SshClient"/> as a blocking duplex byte stream:
    /// Read returns 0 at the peer's EOF, Write blocks while the peer's window is closed, both up to their
    /// timeouts. Received bytes wait here until read; the peer's window is only refilled as they are read,
    /// so at most SshLimits.ChannelWindowSize is buffered. Not a System.IO.Stream: nanoFramework's Stream declares an abstract Read(SpanByte) that
    /// portable code cannot override (docs/portability.md).
    /// </summary>
    public sealed class SshChannel : IDisposable
    {
        private readonly SshClient client;
        private readonly Outbox received = new Outbox(4096);

        internal SshChannel(SshClient client, int id)
        {
            this.client = client;
            Id = id;
            ReadTimeout = 30000;
            WriteTimeout = 30000;
        }

        public int Id { get; }

        public int ReadTimeout { get; set; }

        public int WriteTimeout { get; set; }

        /// <summary>True once the server sent "exit-status" (RFC 4254 §6.10).</summary>
        public bool HasExitStatus
        {
            get
            {
                lock (client.Sync)
                {
                    return hasExitStatus;
                }
            }
        }

        public uint ExitStatus
        {
            get
            {
                lock (client.Sync)
                {
                    return exitStatus;
                }
            }
        }

        /// <summary>Bytes of extended data (stderr) received and dropped.</summary>
        public long ExtendedDataBytes { get; private set; }

        internal AutoResetEvent Readable { get; } = new AutoResetEvent(false);

        internal AutoResetEvent Writable { get; } = new AutoResetEvent(false);

        internal AutoResetEvent StateChanged { get; } = new AutoResetEvent(false);

        internal bool Opened { get; set; }

        internal bool OpenFailed { get; set; }

        internal string FailureText { get; set; } = string.Empty;

        internal bool RequestReplied { get; set; }

        internal bool RequestSucceeded { get; set; }

        internal bool EofReceived { get; set; }

        internal bool Closed { get; set; }

        private bool hasExitStatus;
        private uint exitStatus;

        /// <summary>Reads up to count bytes, blocking until some arrive; 0 at end of stream.</summary>
        public int Read(byte[] buffer, int offset, int count)
        {
            if (buffer == null || offset < 0 || count < 0 || buffer.Length - offset < count)
            {
                throw new ArgumentException("offset and count do not fit the buffer", nameof(buffer));
            }

            long end = client.Now + ReadTimeout;
            while (true)
            {
                lock (client.Sync)
                {
                    if (received.Count > 0)
                    {
                        int taken = received.Take(buffer, offset, count);
                        Consume(taken);
                        client.WakeWriter();
                        return taken;
                    }

                    if (EofReceived || Closed || count == 0)
                    {
                        return 0;
                    }

                    client.ThrowIfEnded();
                }

                long remaining = end - client.Now;
                if (remaining <= 0)
                {
                    throw new SshConnectionException(SshFailureKind.Timeout, SshDisconnectReason.None, "channel read timed out");
                }

                Readable.WaitOne((int)remaining, false);
            }
        }

        /// <summary>Writes all bytes, blocking while the peer's window is full.</summary>
        public void Write(byte[] buffer, int offset, int count)
        {
            if (buffer == null || offset < 0 || count < 0 || buffer.Length - offset < count)
            {
                throw new ArgumentException("offset and count do not fit the buffer", nameof(buffer));
            }

            long end = client.Now + WriteTimeout;
            int done = 0;
            while (done < count)
            {
                int sent;
                lock (client.Sync)
                {
                    client.ThrowIfEnded();
                    if (Closed)
                    {
                        throw new SshConnectionException(SshFailureKind.ConnectionLost, SshDisconnectReason.None, "channel is closed");
                    }

                    sent = client.Connection.SendData(Id, buffer, offset + done, count - done);
                }

                client.WakeWriter();
                done += sent;
                if (done < count && sent == 0)
                {
                    long remaining = end - client.Now;
                    if (remaining <= 0)
                    {
                        throw new SshConnectionException(SshFailureKind.Timeout, SshDisconnectReason.None, "channel write timed out");
                    }

                    Writable.WaitOne((int)remaining, false);
                }
            }
        }

        /// <summary>Sends EOF (RFC 4254 §5.3): the remote command sees end of input.</summary>
        public void CloseOutput()
        {
            lock (client.Sync)
            {
                client.ThrowIfEnded();
                if (!Closed)
                {
                    client.Connection.SendEof(Id);
                }
            }

            client.WakeWriter();
        }

        /// <summary>Waits until the server reported an exit status or closed the channel; true if a status came.</summary>
        public bool WaitForExit(int timeoutMilliseconds)
        {
            long end = client.Now + timeoutMilliseconds;
            while (true)
            {
                lock (client.Sync)
                {
                    if (hasExitStatus)
                    {
                        return true;
                    }

                    if (Closed || client.HasEnded)
                    {
                        return false;
                    }
                }

                long remaining = end - client.Now;
                if (remaining <= 0)
                {
                    return false;
                }

                StateChanged.WaitOne((int)remaining, false);
            }
        }

        /// <summary>Sends CLOSE (RFC 4254 §5.3) unless the channel is already closed.</summary>
        public void Dispose()
        {
            lock (client.Sync)
            {
                if (!Closed && !client.HasEnded)
                {
                    client.Connection.Close(Id);
                }
            }

            client.WakeWriter();
        }

        internal void OnData(uint dataType, byte[] data, int offset, int count)
        {
            if (dataType != 0)
            {
                ExtendedDataBytes += count;
                Consume(count);
                return;
            }

            received.Append(data, offset, count);
            Readable.Set();
        }

        /// <summary>Grants bytes the caller has taken back to the peer (RFC 4254 §5.2); under client.Sync.</summary>
        private void Consume(int count)
        {
            if (!Closed && !client.HasEnded && count > 0)
            {
                client.Connection.Consume(Id, count);
            }
        }

        internal void OnExitStatus(uint status)
        {
            exitStatus = status;
            hasExitStatus = true;
            StateChanged.Set();
        }

        internal void SignalAll()
        {
            Readable.Set();
            Writable.Set();
            StateChanged.Set();
        }
    }
}
