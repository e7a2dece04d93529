using System;
using System.IO;
using System.Threading;
using Callhome.AgentCore.Ssh.Client;
using Callhome.Hal;

namespace Callhome.AgentCore.Ssh.Server
{
    /// <summary>
    /// Blocking driver of an <see cref="SshServerConnection"/> over a connected transport, whoever dialled
    /// (RFC 8071: the device dials the manager and then serves; or an ordinary inbound connection). Two threads,
    /// as <see cref="SshClient"/>: a reader feeding Receive, and a writer draining the output and running the
    /// session's timers (phase deadlines, re-key by time, keepalives), waiting on an event until the next
    /// deadline. Every engine call, handler callbacks included, runs under <see cref="Sync"/>; a handler that
    /// produces output on another thread takes that lock, sends through the connection, then calls
    /// <see cref="Wake"/>. The driver owns the transport: it is closed when the session ends and on Dispose.
    /// </summary>
    public sealed class SshServerDriver : IDisposable
    {
        private const int ReadChunk = 16384;
        private const int WriteChunk = 16384;
        private const int DisposeFlushMilliseconds = 2000;

        private readonly SshServerConnection connection;
        private readonly IMonotonicClock clock;
        private readonly AutoResetEvent writerWake = new AutoResetEvent(false);
        private readonly ManualResetEvent ended = new ManualResetEvent(false);
        private readonly object streamLock = new object();
        private ISshTransport? stream;
        private Thread? readerThread;
        private Thread? writerThread;
        private bool streamClosed;
        private bool disposed;

        public SshServerDriver(SshServerConnection connection, IMonotonicClock clock)
        {
            ArgumentNullException.ThrowIfNull(connection);
            ArgumentNullException.ThrowIfNull(clock);
            this.connection = connection;
            this.clock = clock;
        }

        /// <summary>The lock every engine call runs under.</summary>
        public object Sync { get; } = new object();

        public SshServerConnection Connection
        {
            get { return connection; }
        }

        /// <summary>True once the session closed (either side, a deadline, a dead peer, the stream).</summary>
        public bool HasEnded
        {
            get { return connection.Session.IsClosed; }
        }

        /// <summary>Starts the session on the transport: our identification and KEXINIT go out at once.</summary>
        public void Start(ISshTransport transport)
        {
            ArgumentNullException.ThrowIfNull(transport);
            lock (Sync)
            {
                if (stream != null || disposed)
                {
                    throw new InvalidOperationException("Start is called once per driver");
                }

                stream = transport;
                connection.Start();
            }

            readerThread = new Thread(ReadLoop);
            writerThread = new Thread(WriteLoop);
            readerThread.Start();
            writerThread.Start();
        }

        /// <summary>Blocks until the session ends or the timeout passes; true when it ended.</summary>
        public bool WaitForEnd(int timeoutMilliseconds)
        {
            return ended.WaitOne(timeoutMilliseconds, false);
        }

        /// <summary>Tells the writer there is output (after sending from outside a callback).</summary>
        public void Wake()
        {
            writerWake.Set();
        }

        /// <summary>Sends DISCONNECT (by application) if the session still runs, closes the transport, joins both threads.</summary>
        public void Dispose()
        {
            lock (Sync)
            {
                if (disposed)
                {
                    return;
                }

                disposed = true;
                if (stream != null && !connection.Session.IsClosed)
                {
                    connection.Session.Disconnect(SshDisconnectReason.ByApplication, "closing");
                }
            }

            writerWake.Set();
            if (writerThread != null && !writerThread.Join(DisposeFlushMilliseconds))
            {
                CloseStream(); // the peer is not reading: closing unblocks the writer
            }

            CloseStream();
            if (writerThread != null)
            {
                writerThread.Join();
            }

            if (readerThread != null)
            {
                readerThread.Join();
            }

            lock (Sync)
            {
                connection.Dispose();
            }

            ended.Set();
        }

        private void ReadLoop()
        {
            byte[] buffer = new byte[ReadChunk];
            while (true)
            {
                int count;
                string error = string.Empty;
                try
                {
                    count = stream!.Read(buffer, 0, buffer.Length);
                }
                catch (IOException e)
                {
                    count = -1;
                    error = e.Message;
                }
                catch (ObjectDisposedException e)
                {
                    count = -1;
                    error = e.Message;
                }

                bool closed;
                lock (Sync)
                {
                    if (count <= 0)
                    {
                        connection.OnStreamClosed(count == 0 ? "the peer closed the connection" : "read failed: " + error);
                    }
                    else
                    {
                        try
                        {
                            connection.Receive(buffer, 0, count);
                        }
                        catch (InvalidOperationException e)
                        {
                            // A handler or the layers above in a state they did not expect (not the peer's
                            // input, which the session turns into DISCONNECT itself): end the session, not the process.
                            connection.Session.Disconnect(SshDisconnectReason.ByApplication, "internal error: " + e.Message);
                        }
                    }

                    closed = connection.Session.IsClosed;
                }

                writerWake.Set();
                if (closed)
                {
                    return;
                }
            }
        }

        private void WriteLoop()
        {
            byte[] buffer = new byte[WriteChunk];
            while (true)
            {
                int count;
                int wait;
                bool closed;
                lock (Sync)
                {
                    connection.OnTimer(clock.ElapsedMilliseconds);
                    count = connection.TakeOutput(buffer, 0, buffer.Length);
                    long deadline = connection.Session.NextDeadline;
                    long now = clock.ElapsedMilliseconds;
                    wait = deadline == SshSession.NoDeadline ? Timeout.Infinite
                        : deadline - now > int.MaxValue ? int.MaxValue : deadline - now < 0 ? 0 : (int)(deadline - now);
                    closed = connection.Session.IsClosed;
                }

                if (count > 0)
                {
                    if (!WriteToStream(buffer, count))
                    {
                        break;
                    }

                    continue;
                }

                if (closed)
                {
                    break; // the DISCONNECT, if any, is out
                }

                writerWake.WaitOne(wait, false);
            }

            CloseStream();
            ended.Set();
        }

        private bool WriteToStream(byte[] buffer, int count)
        {
            string error;
            try
            {
                stream!.Write(buffer, 0, count);
                return true;
            }
            catch (IOException e)
            {
                error = e.Message;
            }
            catch (ObjectDisposedException e)
            {
                error = e.Message;
            }

            lock (Sync)
            {
                connection.OnStreamClosed("write failed: " + error);
            }

            return false;
        }

        private void CloseStream()
        {
            lock (streamLock)
            {
                if (streamClosed || stream == null)
                {
                    return;
                }

                streamClosed = true;
            }

            try
            {
                stream.Close();
            }
            catch (IOException)
            {
                // Best effort: both threads notice the closed stream either way.
            }
        }
    }
}
