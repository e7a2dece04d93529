using System;
using System.Collections;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh.Connection;
using Callhome.AgentCore.Ssh.Connection.Messages;
using Callhome.Hal;

namespace Callhome.AgentCore.Ssh.Server
{
    /// <summary>
    /// The server role, sans-I/O: an <see cref="SshSession"/> in SshRole.Server (host key = the device identity,
    /// clients from config.AuthorizedKeys) plus a <see cref="ConnectionService"/> that accepts the client's
    /// session channels and routes exec / subsystem / shell requests to the registered handlers. The driver
    /// calls Start, Receive, TakeOutput and OnTimer exactly as for the client session, serialised.
    /// </summary>
    public sealed class SshServerConnection : IDisposable
    {
        private readonly SshServerHandlers handlers;
        private readonly ISshSessionListener? observer;
        private readonly ArrayList routes = new ArrayList();
        private readonly ArrayList toStart = new ArrayList();
        private readonly Events events;

        public SshServerConnection(SshSessionConfig config, ICryptoSuite suite, IEntropySource entropy, IMonotonicClock clock,
            DeviceIdentity hostKey, SshServerHandlers handlers, ISshSessionListener? observer)
        {
            ArgumentNullException.ThrowIfNull(config);
            ArgumentNullException.ThrowIfNull(handlers);
            if (config.Role != SshRole.Server)
            {
                throw new ArgumentException("config.Role must be Server", nameof(config));
            }

            this.handlers = handlers;
            this.observer = observer;
            events = new Events(this);
            Session = new SshSession(config, suite, entropy, clock, hostKey, events);
            Channels = new ConnectionService(Session, config.Limits, SshRole.Server, events);
            Channels.AcceptPeerSessions = true;
            MaxFieldLength = config.Limits.MaxFieldLength;
        }

        public SshSession Session { get; }

        /// <summary>The connection layer: handlers write through it (SendData, SendExitStatus, SendEof, Close).</summary>
        public ConnectionService Channels { get; }

        private int MaxFieldLength { get; }

        public void Start()
        {
            Session.Start();
        }

        public void Receive(byte[] data, int offset, int count)
        {
            Session.Receive(data, offset, count);
            if (Session.IsClosed)
            {
                CloseAllRoutes();
            }
        }

        public int TakeOutput(byte[] destination, int offset, int count)
        {
            return Session.TakeOutput(destination, offset, count);
        }

        public void OnTimer(long now)
        {
            Session.OnTimer(now);
            if (Session.IsClosed)
            {
                CloseAllRoutes();
            }
        }

        /// <summary>The stream ended or failed underneath: the session ends and the handlers hear of it.</summary>
        public void OnStreamClosed(string description)
        {
            Session.OnStreamClosed(description);
            CloseAllRoutes();
        }

        public void Dispose()
        {
            Session.Dispose();
        }

        private Route? FindRoute(int channelId)
        {
            for (int i = 0; i < routes.Count; i++)
            {
                Route route = (Route)routes[i]!;
                if (route.ChannelId == channelId)
                {
                    return route;
                }
            }

            return null;
        }

        private void CloseAllRoutes()
        {
            while (routes.Count > 0)
            {
                Route route = (Route)routes[0]!;
                routes.RemoveAt(0);
                route.Handler.OnClosed(this, route.ChannelId);
            }
        }

        private bool OnRequest(int channelId, ChannelRequestMessage request)
        {
            if (FindRoute(channelId) != null)
            {
                return false; // one program per session channel (RFC 4254 §6.5)
            }

            ISshServerHandler? handler = null;
            string argument = string.Empty;
            if (request.RequestType == ExecRequest.Type)
            {
                argument = ExecRequest.Parse(request, MaxFieldLength).Command;
                handler = handlers.Exec;
            }
            else if (request.RequestType == SubsystemRequest.Type)
            {
                argument = SubsystemRequest.Parse(request, MaxFieldLength).Name;
                handler = handlers.FindSubsystem(argument);
            }
            else if (request.RequestType == "shell")
            {
                handler = handlers.Shell;
            }

            if (handler == null || !handler.OnRequest(channelId, request.RequestType, argument))
            {
                return false;
            }

            Route route = new Route(channelId, handler);
            routes.Add(route);
            toStart.Add(route);
            return true;
        }

        /// <summary>Handlers start after the CHANNEL_SUCCESS went out (it is sent when ChannelRequest returns).</summary>
        private void StartPending()
        {
            while (toStart.Count > 0)
            {
                Route route = (Route)toStart[0]!;
                toStart.RemoveAt(0);
                if (FindRoute(route.ChannelId) == route && !Session.IsClosed)
                {
                    route.Handler.OnStarted(this, route.ChannelId);
                }
            }
        }

        private sealed class Route
        {
            public Route(int channelId, ISshServerHandler handler)
            {
                ChannelId = channelId;
                Handler = handler;
            }

            public int ChannelId { get; }

            public ISshServerHandler Handler { get; }
        }

        /// <summary>Both listeners, kept off the public surface.</summary>
        private sealed class Events : ISshSessionListener, IConnectionListener
        {
            private readonly SshServerConnection owner;

            public Events(SshServerConnection owner)
            {
                this.owner = owner;
            }

            public void OnHostKeyVerified(string fingerprint)
            {
            }

            public void OnHostKeyMismatch(string expectedFingerprint, string actualFingerprint)
            {
            }

            public void OnTransportReady()
            {
                if (owner.observer != null)
                {
                    owner.observer.OnTransportReady();
                }
            }

            public void OnBanner(string message)
            {
            }

            public void OnAuthenticated()
            {
                if (owner.observer != null)
                {
                    owner.observer.OnAuthenticated();
                }
            }

            public void OnAuthenticationFailed(string methodsThatCanContinue, bool partialSuccess)
            {
                if (owner.observer != null)
                {
                    owner.observer.OnAuthenticationFailed(methodsThatCanContinue, partialSuccess);
                }
            }

            public bool OnConnectionMessage(byte[] payload, int offset, int count)
            {
                bool handled = owner.Channels.HandleMessage(payload, offset, count);
                owner.StartPending();
                return handled;
            }

            public void OnDisconnected(SshDisconnectReason reason, string description, bool fromPeer)
            {
                if (owner.observer != null)
                {
                    owner.observer.OnDisconnected(reason, description, fromPeer);
                }
            }

            public void ChannelOpened(int channelId, bool openedByPeer)
            {
            }

            public void ChannelOpenFailed(int channelId, uint reasonCode, string description)
            {
            }

            public void ChannelData(int channelId, uint dataType, byte[] data, int offset, int count)
            {
                Route? route = owner.FindRoute(channelId);
                if (route != null)
                {
                    route.Handler.OnData(owner, channelId, dataType, data, offset, count);
                }
            }

            public void ChannelWindowAdjusted(int channelId)
            {
                Route? route = owner.FindRoute(channelId);
                if (route != null)
                {
                    route.Handler.OnWindowAdjusted(owner, channelId);
                }
            }

            public void ChannelEof(int channelId)
            {
                Route? route = owner.FindRoute(channelId);
                if (route != null)
                {
                    route.Handler.OnEof(owner, channelId);
                }
            }

            public void ChannelClosed(int channelId)
            {
                Route? route = owner.FindRoute(channelId);
                if (route != null)
                {
                    owner.routes.Remove(route);
                    route.Handler.OnClosed(owner, channelId);
                }
            }

            public void ChannelRequestReplied(int channelId, string requestType, bool success)
            {
            }

            public void ChannelExitStatus(int channelId, uint exitStatus)
            {
            }

            public bool ChannelRequest(int channelId, ChannelRequestMessage request)
            {
                return owner.OnRequest(channelId, request);
            }

            public void GlobalRequestReplied(string requestName, bool success)
            {
            }
        }
    }
}
