using System;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Connection;
using Callhome.AgentCore.Ssh.Connection.Messages;
using Callhome.AgentCore.Ssh.Server;

namespace Callhome.Fuzz.Targets
{
    /// <summary>
    /// Whole sessions fed the peer's byte stream: the client role (input = what a server sends) and the server
    /// role (input = what a client sends). Both are deterministic (FuzzPlatform), so the recorded streams of
    /// tools/fuzz/corpus replay past the key exchange and reach authentication and the channel layer; mutations
    /// of the clear-text part (identification, KEXINIT, ECDH) reach the transport and kex decoders in context.
    /// Errors never escape Receive (they become a DISCONNECT): any exception that does is a crash.
    /// </summary>
    public static class SessionTargets
    {
        private const int Chunk = 701;

        public static FuzzOutcome RunClient(byte[] input) => ReplayClient(input, null);

        /// <summary>As RunClient, handing each decrypted connection payload to observer (corpus recording).</summary>
        public static FuzzOutcome ReplayClient(byte[] input, Action<byte[]>? observer)
        {
            ArgumentNullException.ThrowIfNull(input);
            ICryptoSuite suite = FuzzPlatform.Suite(FuzzPlatform.ClientEntropySeed);
            SshSessionConfig config = FuzzPlatform.ClientConfig(suite);
            using DeviceIdentity device = FuzzPlatform.Identity(suite, FuzzPlatform.DeviceSeed);
            var client = new ClientDriver { Observer = observer };
            using var session = new SshSession(config, suite, new SeededEntropy(FuzzPlatform.ClientEntropySeed), new ManualClock(), device, client);
            client.Session = session;
            client.Channels = new ConnectionService(session, config.Limits, SshRole.Client, client);
            session.Start();
            byte[] drain = new byte[65536];
            for (int at = 0; at < input.Length && !session.IsClosed; at += Chunk)
            {
                session.Receive(input, at, Math.Min(Chunk, input.Length - at));
                while (session.TakeOutput(drain, 0, drain.Length) > 0)
                {
                }
            }

            return session.IsClosed ? FuzzOutcome.ProtocolError : FuzzOutcome.Accepted;
        }

        public static FuzzOutcome RunServer(byte[] input) => ReplayServer(input, null);

        /// <summary>As RunServer, showing the server to inspect at the end (tests: how far a replay got).</summary>
        public static FuzzOutcome ReplayServer(byte[] input, Action<SshServerConnection>? inspect)
        {
            ArgumentNullException.ThrowIfNull(input);
            ICryptoSuite suite = FuzzPlatform.Suite(FuzzPlatform.ServerEntropySeed);
            SshSessionConfig config = FuzzPlatform.ServerConfig(suite);
            using DeviceIdentity host = FuzzPlatform.Identity(suite, FuzzPlatform.HostSeed);
            var handlers = new SshServerHandlers();
            var echo = new EchoHandler();
            handlers.Exec = echo;
            handlers.RegisterSubsystem("echo", echo);
            using var server = new SshServerConnection(config, suite, new SeededEntropy(FuzzPlatform.ServerEntropySeed), new ManualClock(), host, handlers, null);
            server.Start();
            byte[] drain = new byte[65536];
            for (int at = 0; at < input.Length && !server.Session.IsClosed; at += Chunk)
            {
                server.Receive(input, at, Math.Min(Chunk, input.Length - at));
                while (server.TakeOutput(drain, 0, drain.Length) > 0)
                {
                }
            }

            inspect?.Invoke(server);
            return server.Session.IsClosed ? FuzzOutcome.ProtocolError : FuzzOutcome.Accepted;
        }

        /// <summary>Drives the client as SshClient would: once authenticated, a session channel with the echo
        /// subsystem, some data and EOF.</summary>
        private sealed class ClientDriver : ISshSessionListener, IConnectionListener
        {
            public SshSession? Session { get; set; }

            public ConnectionService? Channels { get; set; }

            public Action<byte[]>? Observer { get; set; }

            public void OnHostKeyVerified(string fingerprint)
            {
            }

            public void OnHostKeyMismatch(string expectedFingerprint, string actualFingerprint)
            {
            }

            public void OnTransportReady()
            {
            }

            public void OnBanner(string message)
            {
            }

            public void OnAuthenticated() => Channels!.OpenSession();

            public void OnAuthenticationFailed(string methodsThatCanContinue, bool partialSuccess)
            {
            }

            public bool OnConnectionMessage(byte[] payload, int offset, int count)
            {
                Observer?.Invoke(payload.AsSpan(offset, count).ToArray());
                return Channels!.HandleMessage(payload, offset, count);
            }

            public void OnDisconnected(SshDisconnectReason reason, string description, bool fromPeer)
            {
            }

            public void ChannelOpened(int channelId, bool openedByPeer) => Channels!.SendSubsystem(channelId, "echo");

            public void ChannelOpenFailed(int channelId, uint reasonCode, string description)
            {
            }

            public void ChannelData(int channelId, uint dataType, byte[] data, int offset, int count)
            {
            }

            public void ChannelWindowAdjusted(int channelId)
            {
            }

            public void ChannelEof(int channelId)
            {
            }

            public void ChannelClosed(int channelId)
            {
            }

            public void ChannelRequestReplied(int channelId, string requestType, bool success)
            {
                if (success && Channels!.IsOpen(channelId))
                {
                    byte[] data = "captured\n"u8.ToArray();
                    Channels.SendData(channelId, data, 0, data.Length);
                    Channels.SendEof(channelId);
                }
            }

            public void ChannelExitStatus(int channelId, uint exitStatus)
            {
            }

            public bool ChannelRequest(int channelId, ChannelRequestMessage request) => false;

            public void GlobalRequestReplied(string requestName, bool success)
            {
            }
        }
    }

    /// <summary>Echoes what arrives within the peer's window (the rest is dropped: a fuzz target keeps no
    /// queue); after EOF: exit-status 0, EOF, CLOSE.</summary>
    public sealed class EchoHandler : ISshServerHandler
    {
        public bool OnRequest(int channelId, string requestType, string argument) => true;

        public void OnStarted(SshServerConnection connection, int channelId)
        {
        }

        public void OnData(SshServerConnection connection, int channelId, uint dataType, byte[] data, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(connection);
            int room = Math.Min(count, connection.Channels.GetSendWindow(channelId));
            if (room > 0)
            {
                connection.Channels.SendData(channelId, data, offset, room);
            }
        }

        public void OnWindowAdjusted(SshServerConnection connection, int channelId)
        {
        }

        public void OnEof(SshServerConnection connection, int channelId)
        {
            ArgumentNullException.ThrowIfNull(connection);
            connection.Channels.SendExitStatus(channelId, 0);
            connection.Channels.SendEof(channelId);
            connection.Channels.Close(channelId);
        }

        public void OnClosed(SshServerConnection connection, int channelId)
        {
        }
    }
}
