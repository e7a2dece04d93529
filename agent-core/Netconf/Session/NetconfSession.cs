using System;
using Callhome.AgentCore.Netconf.Data;
using Callhome.AgentCore.Netconf.Framing;
using Callhome.AgentCore.Netconf.Notifications;
using Callhome.AgentCore.Netconf.Rpc;
using Callhome.AgentCore.Netconf.Xml;

namespace Callhome.AgentCore.Netconf.Session
{
    /// <summary>
    /// One NETCONF session (RFC 6241) on a byte stream that someone else reads and writes: the SSH channel of
    /// a `netconf` subsystem (RFC 6242, RFC 8071 mode) or of `netconf-turn` (the draft's mode, where the device
    /// is the SSH client but still the NETCONF server). <see cref="Start"/> sends our hello; <see cref="Receive"/>
    /// takes whatever bytes arrived and answers every whole message in them. Errors in a request become
    /// rpc-errors; errors in framing or in the hello end the session, as RFC 6242 §4.2 and RFC 6241 §8.1 require.
    /// </summary>
    public sealed class NetconfSession
    {
        private readonly NetconfServer server;
        private readonly NetconfFrameReader reader;
        private readonly NetconfFrameWriter frames;
        private readonly XmlWriter writer;
        private readonly XmlParser parser;
        private readonly RpcContext context;
        private readonly object closeLock = new object();
        private readonly object writeLock;
        private Subscription? subscription;
        private bool helloReceived;

        public NetconfSession(NetconfServer server, INetconfOutput output)
            : this(server, output, new object())
        {
        }

        /// <param name="writeLock">the lock a whole message is written under; a transport whose output takes a
        /// lock of its own (the SSH server driver's) passes that one, so a notification publisher and the
        /// session's thread take the same single lock and cannot deadlock.</param>
        public NetconfSession(NetconfServer server, INetconfOutput output, object writeLock)
        {
            this.server = server;
            this.writeLock = writeLock;
            NetconfLimits limits = server.Limits;
            reader = new NetconfFrameReader(limits.MaxMessage);
            frames = new NetconfFrameWriter(output, limits.MaxChunk);
            writer = new XmlWriter(new FramedOutput(frames), limits.WriteBuffer, limits.Xml.MaxDepth);
            parser = new XmlParser(limits.Xml);
            context = new RpcContext(writer, frames);
        }

        public int Id { get; private set; }

        public INetconfSessionListener? Listener { get; set; }

        public NetconfServer Server
        {
            get { return server; }
        }

        /// <summary>True after both hellos, once the peer announced base:1.1 too (RFC 6241 §8.1).</summary>
        public bool Chunked
        {
            get { return frames.Mode == FramingMode.Chunked; }
        }

        public bool IsEstablished
        {
            get { return helloReceived && !IsClosed; }
        }

        public bool IsClosed { get; private set; }

        /// <summary>True while a create-subscription is active (RFC 5277: one per session).</summary>
        public bool HasSubscription
        {
            get { return subscription != null; }
        }

        /// <summary>Held while a whole message is written, by the session's thread and by event publishers.</summary>
        internal object WriteLock
        {
            get { return writeLock; }
        }

        public string CloseReason { get; private set; } = string.Empty;

        /// <summary>Registers with the server and sends our hello. False (and closed) when the server already has
        /// as many sessions as its limit allows.</summary>
        public bool Start()
        {
            Id = server.Register(this);
            if (Id == 0)
            {
                IsClosed = true;
                CloseReason = "too many NETCONF sessions";
                return false;
            }

            writer.StartElement("hello", NetconfNamespaces.Base);
            writer.StartElement("capabilities", NetconfNamespaces.Base);
            writer.Element("capability", NetconfNamespaces.Base, NetconfNamespaces.Base10);
            writer.Element("capability", NetconfNamespaces.Base, NetconfNamespaces.Base11);
            string[] extra = server.Capabilities;
            for (int i = 0; i < extra.Length; i++)
            {
                writer.Element("capability", NetconfNamespaces.Base, extra[i]);
            }

            writer.EndElement();
            writer.Element("session-id", NetconfNamespaces.Base, Id.ToString());
            writer.EndElement();
            writer.Flush();
            frames.EndMessage();
            return true;
        }

        /// <summary>Feeds received bytes; answers each whole message. Bytes after the session closed are
        /// dropped.</summary>
        public void Receive(byte[] buffer, int offset, int count)
        {
            int used = 0;
            while (used < count && !IsClosed)
            {
                try
                {
                    used += reader.Feed(buffer, offset + used, count - used);
                }
                catch (NetconfFramingException e)
                {
                    Close("framing error: " + e.Message);
                    return;
                }

                if (reader.IsComplete)
                {
                    lock (writeLock)
                    {
                        OnMessage();
                    }
                }
            }
        }

        /// <summary>Ends the session (idempotent): releases its lock and tells the listener.</summary>
        public void Close(string reason)
        {
            lock (closeLock)
            {
                if (IsClosed)
                {
                    return;
                }

                IsClosed = true;
                CloseReason = reason;
            }

            server.Unregister(this);
            Subscription? active = subscription;
            if (active != null)
            {
                active.Cancel();
            }

            INetconfSessionListener? listener = Listener;
            if (listener != null)
            {
                listener.OnSessionClosed(this, reason);
            }
        }

        internal void BeginSubscription(Subscription started)
        {
            subscription = started;
        }

        internal void EndSubscription(Subscription ended)
        {
            if (subscription == ended)
            {
                subscription = null;
            }
        }

        /// <summary>One notification message (RFC 5277 §4): eventTime, then either the filtered content of root
        /// or an empty element (replayComplete, notificationComplete). Caller holds <see cref="WriteLock"/>.</summary>
        internal void WriteNotification(DateTime eventTime, string ns, string name, DataNode? root, XmlElement? filter)
        {
            if (IsClosed)
            {
                return;
            }

            writer.StartElement("notification", NetconfNamespaces.Notification);
            writer.Element("eventTime", NetconfNamespaces.Notification, DateTimeText.Format(eventTime));
            if (root != null)
            {
                SubtreeFilter.Write(root, filter, false, writer);
            }
            else
            {
                writer.StartElement(name, ns);
                writer.EndElement();
            }

            writer.EndElement();
            writer.Flush();
            frames.EndMessage();
        }

        private void OnMessage()
        {
            XmlElement message;
            try
            {
                message = parser.Parse(reader.Message, 0, reader.MessageLength);
            }
            catch (XmlFormatException e)
            {
                if (!helloReceived)
                {
                    Close("malformed hello: " + e.Message);
                    return;
                }

                context.Begin(null, Id);
                context.Error(new RpcError(RpcErrorType.Rpc, RpcErrorTags.MalformedMessage, e.Message));
                return;
            }

            if (!helloReceived)
            {
                OnHello(message);
            }
            else if (message.Is(NetconfNamespaces.Base, "rpc"))
            {
                OnRpc(message);
            }
            else if (message.Is(NetconfNamespaces.Base, "hello"))
            {
                Close("a second hello");
            }
            else
            {
                context.Begin(null, Id);
                RpcError error = new RpcError(RpcErrorType.Rpc, RpcErrorTags.MalformedMessage, "expected an rpc element");
                error.BadElement = message.LocalName;
                context.Error(error);
            }
        }

        // RFC 6241 §8.1: the client's hello has capabilities and no session-id; base:1.1 on both sides switches
        // both directions to chunked framing (RFC 6242 §4.1), base:1.0 keeps end-of-message framing.
        private void OnHello(XmlElement hello)
        {
            if (!hello.Is(NetconfNamespaces.Base, "hello"))
            {
                Close("expected hello, got " + hello.LocalName);
                return;
            }

            if (hello.FirstChild(NetconfNamespaces.Base, "session-id") != null)
            {
                Close("the client's hello holds a session-id");
                return;
            }

            XmlElement? capabilities = hello.FirstChild(NetconfNamespaces.Base, "capabilities");
            bool base10 = false;
            bool base11 = false;
            for (int i = 0; capabilities != null && i < capabilities.ChildCount; i++)
            {
                XmlElement capability = capabilities.Child(i);
                if (capability.Is(NetconfNamespaces.Base, "capability"))
                {
                    string uri = capability.Text.Trim();
                    base10 |= uri == NetconfNamespaces.Base10;
                    base11 |= uri == NetconfNamespaces.Base11;
                }
            }

            if (!base10 && !base11)
            {
                Close("no common base capability in the client's hello");
                return;
            }

            helloReceived = true;
            if (base11)
            {
                reader.SwitchToChunked();
                frames.SwitchToChunked();
            }
        }

        private void OnRpc(XmlElement rpc)
        {
            context.Begin(rpc, Id);
            if (rpc.AttributeValue(string.Empty, "message-id") == null)
            {
                // RFC 6241 §4.1: reply without message-id, naming the missing attribute.
                RpcError missing = new RpcError(RpcErrorType.Rpc, RpcErrorTags.MissingAttribute, "the rpc has no message-id");
                missing.BadAttribute = "message-id";
                missing.BadElement = "rpc";
                context.Error(missing);
                return;
            }

            if (rpc.ChildCount != 1)
            {
                RpcError count = new RpcError(RpcErrorType.Rpc, rpc.ChildCount == 0 ? RpcErrorTags.MissingElement : RpcErrorTags.MalformedMessage,
                    "an rpc holds exactly one operation");
                count.BadElement = "rpc";
                context.Error(count);
                return;
            }

            XmlElement operation = rpc.Child(0);
            IRpcHandler? handler = server.Handlers.Find(operation.Namespace, operation.LocalName);
            if (handler == null)
            {
                context.Error(Unknown(operation));
                return;
            }

            server.CountRpc();
            try
            {
                // The device model is shared with the poll loop: operations read and act on it under its lock.
                lock (server.DeviceLock)
                {
                    handler.Handle(this, operation, context);
                }
            }
            catch (Exception e)
            {
                if (context.IsOpen)
                {
                    // A reply already half-written cannot be taken back.
                    Close("operation " + operation.LocalName + " failed while replying: " + e.Message);
                    return;
                }

                if (!context.Replied)
                {
                    context.Error(new RpcError(RpcErrorType.Application, RpcErrorTags.OperationFailed, e.Message));
                }

                return;
            }

            if (!context.Replied)
            {
                context.Error(new RpcError(RpcErrorType.Application, RpcErrorTags.OperationFailed, operation.LocalName + " gave no reply"));
            }
        }

        private RpcError Unknown(XmlElement operation)
        {
            if (server.Handlers.KnowsNamespace(operation.Namespace))
            {
                RpcError notSupported = new RpcError(RpcErrorType.Protocol, RpcErrorTags.OperationNotSupported,
                    "operation " + operation.LocalName + " is not supported");
                notSupported.BadElement = operation.LocalName;
                return notSupported;
            }

            RpcError unknown = new RpcError(RpcErrorType.Protocol, RpcErrorTags.UnknownNamespace,
                "no operation in namespace " + operation.Namespace);
            unknown.BadElement = operation.LocalName;
            unknown.BadNamespace = operation.Namespace;
            return unknown;
        }
    }
}
