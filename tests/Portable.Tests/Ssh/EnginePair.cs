using System;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Auth;
using Callhome.AgentCore.Ssh.Connection;
using Callhome.AgentCore.Ssh.Connection.Messages;
using Callhome.AgentCore.Ssh.Server;
using Callhome.Portable.Tests.Crypto;
using Callhome.Portable.Tests.Ssh.Connection;

namespace Callhome.Portable.Tests.Ssh
{
    /// <summary>
    /// A client SshSession (with its ConnectionService) and an SshServerConnection wired to each other in
    /// memory. Bytes move in chunks of 1 byte (maxChunk 1) or of seeded random sizes up to maxChunk.
    /// </summary>
    internal sealed class EnginePair : IDisposable
    {
        private readonly byte[] chunk = new byte[65536];
        private readonly SeededRandom random;
        private readonly int maxChunk;

        public EnginePair(SshSessionConfig clientConfig, SshSessionConfig serverConfig, DeviceIdentity clientKey, DeviceIdentity hostKey,
            int seed, int maxChunk)
        {
            random = new SeededRandom(seed);
            this.maxChunk = maxChunk;
            Clock = new FakeClock();
            HostKey = hostKey;
            ClientEvents = new PairClientEvents();
            ServerEvents = new RecordingListener();
            Echo = new EchoHandler();
            Handlers = new SshServerHandlers();
            Handlers.Exec = Echo;
            Handlers.RegisterSubsystem("echo", Echo);
            Client = new SshSession(clientConfig, SuiteUnderTest.Suite, new CountingEntropy(), Clock, clientKey, ClientEvents);
            ClientChannels = new ConnectionService(Client, clientConfig.Limits, SshRole.Client, ClientEvents);
            ClientEvents.Session = Client;
            ClientEvents.Channels = ClientChannels;
            Server = new SshServerConnection(serverConfig, SuiteUnderTest.Suite, new CountingEntropy(), Clock, hostKey, Handlers, ServerEvents);
        }

        public FakeClock Clock { get; }

        public DeviceIdentity HostKey { get; }

        public SshSession Client { get; }

        public ConnectionService ClientChannels { get; }

        public PairClientEvents ClientEvents { get; }

        public SshServerConnection Server { get; }

        public RecordingListener ServerEvents { get; }

        public SshServerHandlers Handlers { get; }

        public EchoHandler Echo { get; }

        /// <summary>Most bytes SendAll hands to the channel between two pumps (traffic in both directions interleaves).</summary>
        public int SendSlice { get; set; } = int.MaxValue;

        public static DeviceIdentity NewKey()
        {
            return DeviceIdentity.LoadOrCreate(new OneSlotKeyStore(), SuiteUnderTest.Suite);
        }

        public static SshSessionConfig ClientConfig(DeviceIdentity hostKey)
        {
            string pin = SshPublicKeyFormat.Sha256Fingerprint(hostKey.PublicKeyBlob(), SuiteUnderTest.Suite);
            return new SshSessionConfig("device", pin);
        }

        public static SshSessionConfig ServerConfig(DeviceIdentity authorizedClient)
        {
            SshSessionConfig config = new SshSessionConfig(string.Empty, string.Empty);
            config.Role = SshRole.Server;
            config.SoftwareVersion = "callhome-server_0.1";
            config.AuthorizedKeys = AuthorizedKeys.Parse("# test keys\n\n"
                + SshPublicKeyFormat.AuthorizedKeysLine(authorizedClient.PublicKeyBlob(), "client@test") + "\n");
            return config;
        }

        public void Start()
        {
            Server.Start();
            Client.Start();
        }

        /// <summary>Moves bytes both ways, alternating one chunk each, until neither side has output.</summary>
        public void Pump()
        {
            bool moved = true;
            while (moved)
            {
                moved = MoveClientToServer();
                moved = MoveServerToClient() || moved;
            }
        }

        /// <summary>Pumps until the server's transport is ready (or nothing moves).</summary>
        public void PumpUntilServerTransportReady()
        {
            bool moved = true;
            while (moved && !Server.Session.IsTransportReady)
            {
                moved = MoveClientToServer();
                if (Server.Session.IsTransportReady)
                {
                    return;
                }

                moved = MoveServerToClient() || moved;
            }
        }

        /// <summary>Opens a session channel and sends the request (exec or subsystem); returns the client channel.</summary>
        public int OpenAndRequest(string requestType, string argument)
        {
            int channel = ClientChannels.OpenSession();
            Pump();
            if (requestType == ExecRequest.Type)
            {
                ClientChannels.SendExec(channel, argument);
            }
            else
            {
                ClientChannels.SendSubsystem(channel, argument);
            }

            Pump();
            return channel;
        }

        /// <summary>Sends all of data on the channel, pumping whenever the peer's window is used up.</summary>
        public void SendAll(int channel, byte[] data)
        {
            int sent = 0;
            while (sent < data.Length)
            {
                int slice = data.Length - sent < SendSlice ? data.Length - sent : SendSlice;
                sent += ClientChannels.SendData(channel, data, sent, slice);
                Pump();
            }
        }

        public void Dispose()
        {
            Client.Dispose();
            Server.Dispose();
        }

        /// <summary>Fires both sides' timers at the fake clock's time.</summary>
        public void FireTimers()
        {
            Client.OnTimer(Clock.ElapsedMilliseconds);
            Server.OnTimer(Clock.ElapsedMilliseconds);
        }

        /// <summary>Throws away what the server has queued: a server that went silent.</summary>
        public int DropServerOutput()
        {
            int dropped = 0;
            int n;
            while ((n = Server.TakeOutput(chunk, 0, chunk.Length)) > 0)
            {
                dropped += n;
            }

            return dropped;
        }

        /// <summary>Throws away what the client has queued: a client that went silent.</summary>
        public int DropClientOutput()
        {
            int dropped = 0;
            int n;
            while ((n = Client.TakeOutput(chunk, 0, chunk.Length)) > 0)
            {
                dropped += n;
            }

            return dropped;
        }

        private bool MoveClientToServer()
        {
            int n = Client.TakeOutput(chunk, 0, NextSize());
            if (n > 0)
            {
                Server.Receive(chunk, 0, n);
            }

            return n > 0;
        }

        private bool MoveServerToClient()
        {
            int n = Server.TakeOutput(chunk, 0, NextSize());
            if (n > 0)
            {
                Client.Receive(chunk, 0, n);
            }

            return n > 0;
        }

        private int NextSize()
        {
            return maxChunk <= 1 ? 1 : 1 + random.Next(maxChunk);
        }
    }

    /// <summary>A small deterministic generator (xorshift32), the same on every runtime.</summary>
    internal sealed class SeededRandom
    {
        private uint state;

        public SeededRandom(int seed)
        {
            state = (uint)seed * 2654435761u;
            if (state == 0)
            {
                state = 1;
            }
        }

        public int Next(int bound)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            return (int)(state % (uint)bound);
        }

        public void Fill(byte[] buffer)
        {
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = (byte)Next(256);
            }
        }
    }

    /// <summary>The client side's session and connection listener.</summary>
    internal sealed class PairClientEvents : ISshSessionListener, IConnectionListener
    {
        public SshSession? Session { get; set; }

        public ConnectionService? Channels { get; set; }

        /// <summary>Messages sent with SendAuthenticationMessage as soon as the transport is ready (before
        /// the built-in authentication starts): a misbehaving client.</summary>
        public byte[][]? InjectOnTransportReady { get; set; }

        public ByteCollector Received { get; } = new ByteCollector();

        public bool HostKeyVerified { get; private set; }

        public bool HostKeyMismatch { get; private set; }

        public bool Authenticated { get; private set; }

        public string FailureMethods { get; private set; } = string.Empty;

        public bool Disconnected { get; private set; }

        public SshDisconnectReason Reason { get; private set; }

        public bool FromPeer { get; private set; }

        public string Description { get; private set; } = string.Empty;

        public int OpenedChannel { get; private set; } = -1;

        public string LastReply { get; private set; } = string.Empty;

        public string LastGlobalReply { get; private set; } = string.Empty;

        public int GlobalReplies { get; private set; }

        public bool ExitStatusReceived { get; private set; }

        public uint ExitStatus { get; private set; }

        public bool EofReceived { get; private set; }

        public bool Closed { get; private set; }

        public void OnHostKeyVerified(string fingerprint)
        {
            HostKeyVerified = true;
        }

        public void OnHostKeyMismatch(string expectedFingerprint, string actualFingerprint)
        {
            HostKeyMismatch = true;
        }

        public void OnTransportReady()
        {
            if (InjectOnTransportReady != null)
            {
                for (int i = 0; i < InjectOnTransportReady.Length; i++)
                {
                    Session!.SendAuthenticationMessage(InjectOnTransportReady[i], 0, InjectOnTransportReady[i].Length);
                }
            }
        }

        public void OnBanner(string message)
        {
        }

        public void OnAuthenticated()
        {
            Authenticated = true;
        }

        public void OnAuthenticationFailed(string methodsThatCanContinue, bool partialSuccess)
        {
            FailureMethods = methodsThatCanContinue;
        }

        public bool OnConnectionMessage(byte[] payload, int offset, int count)
        {
            return Channels!.HandleMessage(payload, offset, count);
        }

        public void OnDisconnected(SshDisconnectReason reason, string description, bool fromPeer)
        {
            Disconnected = true;
            Reason = reason;
            Description = description;
            FromPeer = fromPeer;
        }

        public void ChannelOpened(int channelId, bool openedByPeer)
        {
            OpenedChannel = channelId;
        }

        public void ChannelOpenFailed(int channelId, uint reasonCode, string description)
        {
        }

        public void ChannelData(int channelId, uint dataType, byte[] data, int offset, int count)
        {
            Received.Append(data, offset, count);
        }

        public void ChannelWindowAdjusted(int channelId)
        {
        }

        public void ChannelEof(int channelId)
        {
            EofReceived = true;
        }

        public void ChannelClosed(int channelId)
        {
            Closed = true;
        }

        public void ChannelRequestReplied(int channelId, string requestType, bool success)
        {
            LastReply = requestType + (success ? ":ok" : ":failed");
        }

        public void ChannelExitStatus(int channelId, uint exitStatus)
        {
            ExitStatusReceived = true;
            ExitStatus = exitStatus;
        }

        public bool ChannelRequest(int channelId, ChannelRequestMessage request)
        {
            return false;
        }

        public void GlobalRequestReplied(string requestName, bool success)
        {
            GlobalReplies++;
            LastGlobalReply = requestName + (success ? ":ok" : ":failed");
        }
    }

    /// <summary>Echoes what the client sends, within the client's window; after the client's EOF and the
    /// last echoed byte: exit-status 7, EOF, CLOSE.</summary>
    internal sealed class EchoHandler : ISshServerHandler
    {
        public const uint ExitCode = 7;

        private readonly ByteCollector queue = new ByteCollector();
        private int queueStart;
        private bool eof;
        private bool finished;

        public string RequestType { get; private set; } = string.Empty;

        public string Argument { get; private set; } = string.Empty;

        public int StartedCount { get; private set; }

        public int ClosedCount { get; private set; }

        public bool OnRequest(int channelId, string requestType, string argument)
        {
            RequestType = requestType;
            Argument = argument;
            return true;
        }

        public void OnStarted(SshServerConnection connection, int channelId)
        {
            StartedCount++;
        }

        public void OnData(SshServerConnection connection, int channelId, uint dataType, byte[] data, int offset, int count)
        {
            queue.Append(data, offset, count);
            Flush(connection, channelId);
        }

        public void OnWindowAdjusted(SshServerConnection connection, int channelId)
        {
            Flush(connection, channelId);
        }

        public void OnEof(SshServerConnection connection, int channelId)
        {
            eof = true;
            Flush(connection, channelId);
        }

        public void OnClosed(SshServerConnection connection, int channelId)
        {
            ClosedCount++;
        }

        private void Flush(SshServerConnection connection, int channelId)
        {
            byte[] all = queue.ToArray();
            while (queueStart < all.Length)
            {
                int sent = connection.Channels.SendData(channelId, all, queueStart, all.Length - queueStart);
                if (sent == 0)
                {
                    return;
                }

                queueStart += sent;
            }

            if (eof && !finished)
            {
                finished = true;
                connection.Channels.SendExitStatus(channelId, ExitCode);
                connection.Channels.SendEof(channelId);
                connection.Channels.Close(channelId);
            }
        }
    }
}
