using System;
using System.Collections;
using System.IO;
using System.Threading;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh.Connection;
using Callhome.AgentCore.Ssh.Connection.Messages;
using Callhome.Hal;

namespace Callhome.AgentCore.Ssh.Client
{
    /// <summary>
    /// Blocking driver of an <see cref="SshSession"/> (client role) over an already-connected transport (who
    /// dialled does not matter: call-home or not). Two threads: a reader feeding Receive, and a writer that
    /// drains the session's output and runs its timers, waiting on an event with the next deadline as timeout.
    /// Every session and connection-service call happens under one lock. The client owns the stream: it is
    /// closed, and both threads joined,, on failure and on Dispose.
    /// </summary>
    public sealed class SshClient : IDisposable
    {
        private const int ReadChunk = 16384;
        private const int WriteChunk = 16384;
        private const int DisposeFlushMilliseconds = 2000;

        private readonly SshSessionConfig config;
        private readonly ICryptoSuite suite;
        private readonly IEntropySource entropy;
        private readonly IMonotonicClock clock;
        private readonly DeviceIdentity identity;
        private readonly AutoResetEvent connectChanged = new AutoResetEvent(false);
        private readonly AutoResetEvent writerWake = new AutoResetEvent(false);
        private readonly ArrayList channels = new ArrayList();
        private readonly object streamLock = new object();
        private SshSession? session;
        private ConnectionService? connection;
        private ISshTransport? stream;
        private Thread? readerThread;
        private Thread? writerThread;
        private bool disposed;
        private bool streamClosed;
        private bool hostKeyMismatch;
        private bool authenticationFailed;
        private SshFailureKind failureKind;
        private SshDisconnectReason failureReason;
        private string failureText = string.Empty;

        public SshClient(SshSessionConfig config, ICryptoSuite suite, IEntropySource entropy, IMonotonicClock clock, DeviceIdentity identity)
        {
            ArgumentNullException.ThrowIfNull(config);
            ArgumentNullException.ThrowIfNull(suite);
            ArgumentNullException.ThrowIfNull(entropy);
            ArgumentNullException.ThrowIfNull(clock);
            ArgumentNullException.ThrowIfNull(identity);
            this.config = config;
            this.suite = suite;
            this.entropy = entropy;
            this.clock = clock;
            this.identity = identity;
        }

        /// <summary>The engine, for inspection (negotiated algorithms, re-key count). Lock <see cref="Sync"/> to read it.</summary>
        public SshSession? Session
        {
            get { return session; }
        }

        /// <summary>Ended: the session is closed (by either side, by failure or by Dispose).</summary>
        public bool HasEnded { get; private set; }

        /// <summary>Why the session ended, once <see cref="HasEnded"/>.</summary>
        public SshFailureKind FailureKind
        {
            get { return failureKind; }
        }

        public string FailureText
        {
            get { return failureText; }
        }

        /// <summary>True while the reader or the writer thread still runs (false after a failed Connect or Dispose).</summary>
        public bool ThreadsRunning
        {
            get
            {
                return (readerThread != null && readerThread.IsAlive) || (writerThread != null && writerThread.IsAlive);
            }
        }

        internal object Sync { get; } = new object();

        internal long Now
        {
            get { return clock.ElapsedMilliseconds; }
        }

        internal ConnectionService Connection
        {
            get { return connection!; }
        }

        /// <summary>Runs the handshake and authentication on the stream; throws SshConnectionException (and has
        /// closed the stream) on failure or when timeoutMilliseconds pass first.</summary>
        public void Connect(ISshTransport transport, int timeoutMilliseconds)
        {
            ArgumentNullException.ThrowIfNull(transport);
            Events events = new Events(this);
            lock (Sync)
            {
                if (stream != null || disposed)
                {
                    throw new InvalidOperationException("Connect is called once per client");
                }

                stream = transport;
                session = new SshSession(config, suite, entropy, clock, identity, events);
                connection = new ConnectionService(session, config.Limits, SshRole.Client, events);

                // Window credit goes back to the peer only as SshChannel.Read hands bytes to the caller, so a
                // slow reader bounds what we buffer at SshLimits.ChannelWindowSize per channel.
                connection.ConsumeOnDelivery = false;
                session.Start();
            }

            readerThread = new Thread(ReadLoop);
            writerThread = new Thread(WriteLoop);
            readerThread.Start();
            writerThread.Start();
            long end = Now + timeoutMilliseconds;
            while (true)
            {
                lock (Sync)
                {
                    if (session.IsAuthenticated)
                    {
                        return;
                    }
                }

                if (HasEnded)
                {
                    SshConnectionException failure = Failure();
                    Dispose();
                    throw failure;
                }

                long remaining = end - Now;
                if (remaining <= 0)
                {
                    Dispose();
                    throw new SshConnectionException(SshFailureKind.Timeout, SshDisconnectReason.None,
                        "no authenticated session within " + timeoutMilliseconds + " ms");
                }

                connectChanged.WaitOne((int)remaining, false);
            }
        }

        /// <summary>Opens a session channel running command (RFC 4254 §6.5 "exec").</summary>
        public SshChannel OpenExec(string command, int timeoutMilliseconds)
        {
            return Open(true, command, timeoutMilliseconds);
        }

        /// <summary>Opens a session channel bound to a subsystem (RFC 4254 §6.5, e.g. "netconf").</summary>
        public SshChannel OpenSubsystem(string name, int timeoutMilliseconds)
        {
            return Open(false, name, timeoutMilliseconds);
        }

        /// <summary>Sends DISCONNECT (by application), closes the stream and joins both threads.</summary>
        public void Dispose()
        {
            lock (Sync)
            {
                if (disposed)
                {
                    return;
                }

                disposed = true;
                if (session != null && !session.IsClosed)
                {
                    session.Disconnect(SshDisconnectReason.ByApplication, "closing");
                }
            }

            writerWake.Set();
            if (writerThread != null && !writerThread.Join(DisposeFlushMilliseconds))
            {
                // The peer is not reading: closing the stream unblocks the writer.
                CloseStream();
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
                SignalChannels();
                if (session != null)
                {
                    session.Dispose();
                }
            }
        }

        internal void WakeWriter()
        {
            writerWake.Set();
        }

        internal void ThrowIfEnded()
        {
            if (HasEnded)
            {
                throw Failure();
            }

            if (disposed)
            {
                throw new ObjectDisposedException(nameof(SshClient));
            }
        }

        private SshChannel Open(bool exec, string argument, int timeoutMilliseconds)
        {
            SshChannel channel;
            lock (Sync)
            {
                if (session == null || !session.IsAuthenticated)
                {
                    throw new InvalidOperationException("not connected");
                }

                ThrowIfEnded();
                int id = connection!.OpenSession();
                if (id < 0)
                {
                    throw new SshConnectionException(SshFailureKind.ChannelRefused, SshDisconnectReason.None, "no free channel");
                }

                channel = new SshChannel(this, id);
                channels.Add(channel);
            }

            WakeWriter();
            long end = Now + timeoutMilliseconds;
            bool requested = false;
            while (true)
            {
                lock (Sync)
                {
                    ThrowIfEndedFor(channel);
                    if (channel.OpenFailed || channel.Closed)
                    {
                        throw new SshConnectionException(SshFailureKind.ChannelRefused, SshDisconnectReason.None,
                            channel.OpenFailed ? "channel refused: " + channel.FailureText : "the server closed the channel before it was ready");
                    }

                    if (channel.Opened && !requested)
                    {
                        if (exec)
                        {
                            connection!.SendExec(channel.Id, argument);
                        }
                        else
                        {
                            connection!.SendSubsystem(channel.Id, argument);
                        }

                        requested = true;
                    }
                    else if (channel.RequestReplied)
                    {
                        if (channel.RequestSucceeded)
                        {
                            return channel;
                        }

                        connection!.Close(channel.Id);
                        WakeWriter();
                        throw new SshConnectionException(SshFailureKind.ChannelRefused, SshDisconnectReason.None,
                            (exec ? "exec" : "subsystem " + argument) + " refused by the server");
                    }
                }

                WakeWriter();
                long remaining = end - Now;
                if (remaining <= 0)
                {
                    Abandon(channel);
                    throw new SshConnectionException(SshFailureKind.Timeout, SshDisconnectReason.None, "channel open timed out");
                }

                channel.StateChanged.WaitOne((int)remaining, false);
            }
        }

        /// <summary>Gives up a channel whose open timed out: CLOSE it (sent once it is confirmed, if ever) so
        /// its slot is freed when the server answers.</summary>
        private void Abandon(SshChannel channel)
        {
            lock (Sync)
            {
                channels.Remove(channel);
                if (!HasEnded && !disposed && !channel.Closed && !channel.OpenFailed)
                {
                    connection!.Close(channel.Id);
                }
            }

            WakeWriter();
        }

        private void ThrowIfEndedFor(SshChannel channel)
        {
            if (HasEnded || disposed)
            {
                channels.Remove(channel);
                ThrowIfEnded();
            }
        }

        private SshConnectionException Failure()
        {
            return new SshConnectionException(failureKind, failureReason, failureText);
        }

        private void ReadLoop()
        {
            byte[] buffer = new byte[ReadChunk];
            while (true)
            {
                int count;
                string? error = null;
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

                lock (Sync)
                {
                    if (count <= 0)
                    {
                        session!.OnStreamClosed(count == 0 ? "the peer closed the connection" : "read failed: " + error);
                    }
                    else
                    {
                        try
                        {
                            session!.Receive(buffer, 0, count);
                        }
                        catch (InvalidOperationException e)
                        {
                            // A state the layers above did not expect (a bug, not the peer's input, which the
                            // session turns into DISCONNECT itself): end the session rather than the process.
                            session!.Disconnect(SshDisconnectReason.ByApplication, "internal error: " + e.Message);
                        }
                    }
                }

                writerWake.Set();
                if (count <= 0 || HasEnded)
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
                bool ended;
                lock (Sync)
                {
                    session!.OnTimer(Now);
                    count = session.TakeOutput(buffer, 0, buffer.Length);
                    long deadline = session.NextDeadline;
                    wait = deadline == SshSession.NoDeadline ? Timeout.Infinite
                        : deadline - Now > int.MaxValue ? int.MaxValue : deadline - Now < 0 ? 0 : (int)(deadline - Now);
                    ended = HasEnded;
                }

                if (count > 0)
                {
                    if (!WriteToStream(buffer, count))
                    {
                        CloseStream();
                        return;
                    }

                    continue;
                }

                if (ended)
                {
                    // The DISCONNECT (if any) is out: closing the stream also ends the reader.
                    CloseStream();
                    return;
                }

                writerWake.WaitOne(wait, false);
            }
        }

        private bool WriteToStream(byte[] buffer, int count)
        {
            try
            {
                stream!.Write(buffer, 0, count);
                return true;
            }
            catch (IOException e)
            {
                StreamFailed("write failed: " + e.Message);
            }
            catch (ObjectDisposedException e)
            {
                StreamFailed("write failed: " + e.Message);
            }

            return false;
        }

        private void StreamFailed(string description)
        {
            lock (Sync)
            {
                session!.OnStreamClosed(description);
            }
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
                // Closing is best effort; the threads notice the closed stream either way.
            }
        }

        private void SignalChannels()
        {
            for (int i = 0; i < channels.Count; i++)
            {
                ((SshChannel)channels[i]!).SignalAll();
            }
        }

        private SshChannel? Channel(int id)
        {
            for (int i = 0; i < channels.Count; i++)
            {
                SshChannel channel = (SshChannel)channels[i]!;
                if (channel.Id == id)
                {
                    return channel;
                }
            }

            return null;
        }

        /// <summary>Session and connection events, delivered under <see cref="Sync"/> on the thread that called the engine.</summary>
        private sealed class Events : ISshSessionListener, IConnectionListener
        {
            private readonly SshClient owner;

            public Events(SshClient owner)
            {
                this.owner = owner;
            }

            public void OnHostKeyVerified(string fingerprint)
            {
            }

            public void OnHostKeyMismatch(string expectedFingerprint, string actualFingerprint)
            {
                owner.hostKeyMismatch = true;
            }

            public void OnTransportReady()
            {
            }

            public void OnBanner(string message)
            {
            }

            public void OnAuthenticated()
            {
                owner.connectChanged.Set();
            }

            public void OnAuthenticationFailed(string methodsThatCanContinue, bool partialSuccess)
            {
                owner.authenticationFailed = true;
            }

            public bool OnConnectionMessage(byte[] payload, int offset, int count)
            {
                return owner.connection!.HandleMessage(payload, offset, count);
            }

            public void OnDisconnected(SshDisconnectReason reason, string description, bool fromPeer)
            {
                SshFailureKind kind;
                if (owner.hostKeyMismatch)
                {
                    kind = SshFailureKind.HostKeyMismatch;
                }
                else if (owner.authenticationFailed)
                {
                    kind = SshFailureKind.AuthenticationFailed;
                }
                else if (reason == SshDisconnectReason.PeerNotResponding)
                {
                    kind = SshFailureKind.PeerNotResponding;
                }
                else if (owner.session != null && owner.session.TimedOut)
                {
                    kind = SshFailureKind.Timeout;
                }
                else if (fromPeer)
                {
                    kind = SshFailureKind.DisconnectedByPeer;
                }
                else if (reason == SshDisconnectReason.KeyExchangeFailed)
                {
                    kind = SshFailureKind.KeyExchangeFailed;
                }
                else if (reason == SshDisconnectReason.ConnectionLost)
                {
                    kind = SshFailureKind.ConnectionLost;
                }
                else
                {
                    kind = SshFailureKind.ProtocolError;
                }

                owner.failureKind = kind;
                owner.failureReason = reason;
                owner.failureText = (fromPeer ? "the peer disconnected: " : string.Empty) + description;
                owner.HasEnded = true;
                owner.connectChanged.Set();
                owner.writerWake.Set();
                owner.SignalChannels();
            }

            public void ChannelOpened(int channelId, bool openedByPeer)
            {
                SshChannel? channel = owner.Channel(channelId);
                if (channel != null)
                {
                    channel.Opened = true;
                    channel.StateChanged.Set();
                }
            }

            public void ChannelOpenFailed(int channelId, uint reasonCode, string description)
            {
                SshChannel? channel = owner.Channel(channelId);
                if (channel != null)
                {
                    channel.OpenFailed = true;
                    channel.FailureText = reasonCode + " " + description;
                    owner.channels.Remove(channel);
                    channel.SignalAll();
                }
            }

            public void ChannelData(int channelId, uint dataType, byte[] data, int offset, int count)
            {
                SshChannel? channel = owner.Channel(channelId);
                if (channel != null)
                {
                    channel.OnData(dataType, data, offset, count);
                }
            }

            public void ChannelWindowAdjusted(int channelId)
            {
                SshChannel? channel = owner.Channel(channelId);
                if (channel != null)
                {
                    channel.Writable.Set();
                }
            }

            public void ChannelEof(int channelId)
            {
                SshChannel? channel = owner.Channel(channelId);
                if (channel != null)
                {
                    channel.EofReceived = true;
                    channel.SignalAll();
                }
            }

            public void ChannelClosed(int channelId)
            {
                SshChannel? channel = owner.Channel(channelId);
                if (channel != null)
                {
                    channel.Closed = true;
                    owner.channels.Remove(channel);
                    channel.SignalAll();
                }
            }

            public void ChannelRequestReplied(int channelId, string requestType, bool success)
            {
                SshChannel? channel = owner.Channel(channelId);
                if (channel != null)
                {
                    channel.RequestReplied = true;
                    channel.RequestSucceeded = success;
                    channel.StateChanged.Set();
                }
            }

            public void ChannelExitStatus(int channelId, uint exitStatus)
            {
                SshChannel? channel = owner.Channel(channelId);
                if (channel != null)
                {
                    channel.OnExitStatus(exitStatus);
                }
            }

            public bool ChannelRequest(int channelId, ChannelRequestMessage request)
            {
                return false;
            }

            public void GlobalRequestReplied(string requestName, bool success)
            {
            }
        }
    }
}
