using System;
using System.Collections;
using System.Text;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh.Auth;
using Callhome.AgentCore.Ssh.Kex;
using Callhome.AgentCore.Ssh.Messages;
using Callhome.AgentCore.Ssh.Transport;
using Callhome.AgentCore.Ssh.Wire;
using Callhome.Hal;

namespace Callhome.AgentCore.Ssh
{
    /// <summary>
    /// A sans-I/O SSH session (RFC 4253 transport, RFC 4252 authentication, client or server role): the driver feeds received
    /// bytes to <see cref="Receive"/>, sends what <see cref="TakeOutput"/> yields, and calls <see cref="OnTimer"/>
    /// at <see cref="NextDeadline"/>. It owns no socket, thread or lock; events go to the listener. Not
    /// thread-safe: the driver serializes every call.
    /// </summary>
    public sealed partial class SshSession : ISshMessageSender, ITransportSink, IDisposable
    {
        public const long NoDeadline = long.MaxValue;

        private readonly SshSessionConfig config;
        private readonly SshLimits limits;
        private readonly ICryptoSuite suite;
        private readonly IEntropySource entropy;
        private readonly IMonotonicClock clock;
        private readonly ISshSessionListener listener;
        private readonly IdentificationParser identification;
        private readonly PacketReader reader;
        private readonly PacketWriter writer;
        private readonly Outbox outbox;
        private readonly byte[] scratch;
        private readonly ArrayList held = new ArrayList();
        private readonly ClientAuthentication? auth;
        private readonly ServerAuthentication? serverAuth;
        private readonly DeviceIdentity identity;
        private byte[] ourVersion = new byte[0];
        private bool peerWantsExtInfo;
        private byte[]? sessionId;
        private byte[]? ourKexInit;
        private byte[]? peerKexInit;
        private NegotiatedAlgorithms? negotiated;
        private IKeyExchangeMethod? method;
        private IPacketProtection? pendingReceive;
        private bool started;
        private bool kexInProgress;
        private bool sentNewKeys;
        private bool firstKexDone;
        private bool strictKex;
        private bool ignoreGuessedPacket;
        private long deadline = NoDeadline;
        private long authDeadline = NoDeadline;

        public SshSession(SshSessionConfig config, ICryptoSuite suite, IEntropySource entropy, IMonotonicClock clock,
            DeviceIdentity? identity, ISshSessionListener listener)
        {
            ArgumentNullException.ThrowIfNull(config);
            ArgumentNullException.ThrowIfNull(suite);
            ArgumentNullException.ThrowIfNull(entropy);
            ArgumentNullException.ThrowIfNull(clock);
            ArgumentNullException.ThrowIfNull(listener);
            ArgumentNullException.ThrowIfNull(identity);
            if (config.Role == SshRole.Server && config.AuthorizedKeys == null)
            {
                throw new ArgumentException("the server role needs AuthorizedKeys", nameof(config));
            }

            if (config.Limits.KeepaliveIntervalMilliseconds < 0 || config.Limits.KeepaliveMaxUnanswered < 0
                || config.Limits.RekeyAfterBytes < 0 || config.Limits.RekeyAfterMilliseconds < 0)
            {
                throw new ArgumentException("re-key and keepalive limits must not be negative", nameof(config));
            }

            this.identity = identity;
            this.config = config;
            limits = config.Limits;
            CreateReplyRing();
            this.suite = suite;
            this.entropy = entropy;
            this.clock = clock;
            this.listener = listener;
            identification = new IdentificationParser(limits.MaxIdentificationLength, limits.MaxLinesBeforeVersion);
            reader = new PacketReader(limits.MaxReceivePacketLength);
            writer = new PacketWriter(limits.MaxSendPacketLength, entropy);
            outbox = new Outbox(4096);
            scratch = new byte[limits.MaxSendPacketLength];
            if (config.Role == SshRole.Server)
            {
                serverAuth = new ServerAuthentication(config.AuthorizedKeys!, suite, this, scratch, limits.MaxFieldLength, limits.MaxAuthAttempts);
            }
            else
            {
                auth = new ClientAuthentication(config.UserName, identity, this, scratch, limits.MaxFieldLength);
            }
        }

        public SshRole Role
        {
            get { return config.Role; }
        }

        public bool IsTransportReady
        {
            get { return firstKexDone; }
        }

        public bool IsAuthenticated { get; private set; }

        public bool IsClosed { get; private set; }

        /// <summary>True when the session ended because a deadline passed.</summary>
        public bool TimedOut { get; private set; }

        /// <summary>The peer's identification string (V_S), empty until received.</summary>
        public string PeerVersion
        {
            get { return identification.Version; }
        }

        /// <summary>RFC 8308 server-sig-algs from SSH_MSG_EXT_INFO, empty if the server sent none.</summary>
        public string ServerSignatureAlgorithms { get; private set; } = string.Empty;

        /// <summary>True when both sides offered strict key exchange (OpenSSH kex-strict-*-v00).</summary>
        public bool IsStrictKex
        {
            get { return strictKex; }
        }

        /// <summary>Names of the algorithms of the last key exchange: kex, cipher and MAC each way.</summary>
        public string NegotiatedDescription
        {
            get
            {
                if (negotiated == null)
                {
                    return string.Empty;
                }

                return negotiated.Kex.Name + " " + negotiated.EncryptionClientToServer.Name + " "
                    + (negotiated.MacClientToServer == null ? "(aead)" : negotiated.MacClientToServer.Name) + " "
                    + negotiated.EncryptionServerToClient.Name + " "
                    + (negotiated.MacServerToClient == null ? "(aead)" : negotiated.MacServerToClient.Name);
            }
        }

        /// <summary>Key exchanges completed (1 after the initial one; more after re-keying).</summary>
        public int KeyExchangeCount { get; private set; }

        public int MaxPayloadLength
        {
            get { return writer.MaxPayloadLength; }
        }

        /// <summary>Monotonic milliseconds at which <see cref="OnTimer"/> must be called, or NoDeadline.</summary>
        public long NextDeadline
        {
            get { return IsClosed ? NoDeadline : EarliestDeadline(); }
        }

        public int PendingOutput
        {
            get { return outbox.Count; }
        }

        /// <summary>Queues our identification string and first KEXINIT (neither role waits for the peer's).</summary>
        public void Start()
        {
            if (started)
            {
                throw new InvalidOperationException("session already started");
            }

            started = true;
            string version = "SSH-2.0-" + config.SoftwareVersion;
            ourVersion = Encoding.UTF8.GetBytes(version);
            outbox.Append(ourVersion, 0, ourVersion.Length);
            outbox.Append(new byte[] { 13, 10 }, 0, 2);
            deadline = clock.ElapsedMilliseconds + limits.IdentificationTimeoutMilliseconds;
            SendKexInit();
        }

        /// <summary>Moves up to count bytes to send into destination; returns how many.</summary>
        public int TakeOutput(byte[] destination, int offset, int count)
        {
            return outbox.Take(destination, offset, count);
        }

        /// <summary>Feeds bytes received from the peer. Protocol errors end the session (OnDisconnected, and a
        /// DISCONNECT queued for the peer); they are not thrown.</summary>
        public void Receive(byte[] data, int offset, int count)
        {
            if (data == null || offset < 0 || count < 0 || data.Length - offset < count)
            {
                throw new ArgumentException("offset and count do not fit the data", nameof(data));
            }

            if (IsClosed || !started)
            {
                return;
            }

            try
            {
                ReceiveBytes(data, offset, count);
                CheckRekeyByVolume();
            }
            catch (SshProtocolException e)
            {
                Fail(e.Reason, e.Reason, e.Message);
            }
            catch (SshFormatException e)
            {
                Fail(SshDisconnectReason.ProtocolError, SshDisconnectReason.ProtocolError, e.Message);
            }
        }

        /// <summary>Checks the deadlines against the monotonic time now: a phase that took too long ends the
        /// session; a due re-key or keepalive is sent (SshSession.Liveness.cs).</summary>
        public void OnTimer(long now)
        {
            if (IsClosed)
            {
                return;
            }

            if (now < deadline)
            {
                OnLivenessTimer(now);
                return;
            }

            TimedOut = true;
            string phase = !identification.IsComplete ? "the identification exchange"
                : kexInProgress ? "key exchange" : "authentication";
            Fail(SshDisconnectReason.ByApplication, SshDisconnectReason.None, "timed out in " + phase);
        }

        /// <summary>The stream ended or failed underneath the session.</summary>
        public void OnStreamClosed(string description)
        {
            if (IsClosed)
            {
                return;
            }

            IsClosed = true;
            listener.OnDisconnected(SshDisconnectReason.ConnectionLost, description, false);
        }

        /// <summary>Ends the session on our initiative: queues DISCONNECT with the reason.</summary>
        public void Disconnect(SshDisconnectReason reason, string description)
        {
            Fail(reason, reason, description);
        }

        public void SendMessage(byte[] payload, int offset, int count)
        {
            if (payload == null || offset < 0 || count < 1 || payload.Length - offset < count)
            {
                throw new ArgumentException("offset and count do not fit the payload", nameof(payload));
            }

            if (count > MaxPayloadLength)
            {
                throw new ArgumentException("payload of " + count + " bytes exceeds " + MaxPayloadLength, nameof(count));
            }

            if (IsClosed)
            {
                return;
            }

            if (!IsAuthenticated)
            {
                throw new InvalidOperationException("the connection service starts after authentication");
            }

            NoteOutgoingGlobalRequest(payload, offset, count);
            SendOrHold(payload, offset, count);
            CheckRekeyByVolume();
        }

        private void SendOrHold(byte[] payload, int offset, int count)
        {
            // RFC 4253 §7.1: between our KEXINIT and our NEWKEYS only transport messages may be sent.
            if ((kexInProgress && !sentNewKeys) || held.Count > 0)
            {
                byte[] copy = new byte[count];
                Array.Copy(payload, offset, copy, 0, count);
                held.Add(copy);
                return;
            }

            writer.Write(payload, offset, count, outbox);
        }

        void ITransportSink.SendPayload(byte[] payload, int offset, int count)
        {
            writer.Write(payload, offset, count, outbox);
        }

        public void Dispose()
        {
            IsClosed = true;
            reader.Dispose();
            writer.Dispose();
            if (pendingReceive != null)
            {
                pendingReceive.Dispose();
            }

            if (method != null)
            {
                method.Dispose();
            }
        }

        private void ReceiveBytes(byte[] data, int offset, int count)
        {
            if (!identification.IsComplete)
            {
                int used = identification.Feed(data, offset, count);
                offset += used;
                count -= used;
                if (!identification.IsComplete)
                {
                    return;
                }

                deadline = clock.ElapsedMilliseconds + limits.KexTimeoutMilliseconds;
            }

            while (!IsClosed)
            {
                int appended = reader.Append(data, offset, count);
                offset += appended;
                count -= appended;
                bool any = false;
                int payloadOffset;
                int payloadLength;
                uint sequence;
                while (!IsClosed && reader.TryRead(out payloadOffset, out payloadLength, out sequence))
                {
                    any = true;
                    Dispatch(reader.Plain, payloadOffset, payloadLength, sequence);
                }

                if (count == 0)
                {
                    return;
                }

                if (appended == 0 && !any)
                {
                    throw new SshProtocolException(SshDisconnectReason.ProtocolError, "receive buffer full without a packet");
                }
            }
        }

        private void Dispatch(byte[] buffer, int offset, int count, uint sequence)
        {
            if (count < 1)
            {
                throw new SshProtocolException(SshDisconnectReason.ProtocolError, "empty payload");
            }

            byte number = buffer[offset];
            HeardFromPeer();
            if (ignoreGuessedPacket && number >= 30 && number <= 49)
            {
                // RFC 4253 §7: the peer's guessed first kex packet was for other algorithms.
                ignoreGuessedPacket = false;
                return;
            }

            bool kexMessage = number == KexInitMessage.Number || number == NewKeysMessage.Number
                || number == KexEcdhInitMessage.Number || number == KexEcdhReplyMessage.Number;
            if (!firstKexDone && strictKex && !kexMessage && number != DisconnectMessage.Number)
            {
                // OpenSSH PROTOCOL §1.10 (Terrapin): nothing but key exchange before the first NEWKEYS.
                throw new SshProtocolException(SshDisconnectReason.ProtocolError,
                    "strict key exchange: message " + number + " during the initial key exchange");
            }

            switch (number)
            {
                case SshMessageNumbers.Disconnect:
                    DisconnectMessage disconnect = DisconnectMessage.Read(buffer, offset, count, limits.MaxFieldLength);
                    IsClosed = true;
                    listener.OnDisconnected(disconnect.Reason, disconnect.Description, true);
                    return;
                case SshMessageNumbers.Ignore:
                    IgnoreMessage.Read(buffer, offset, count, limits.MaxReceivePacketLength);
                    return;
                case SshMessageNumbers.Unimplemented:
                    UnimplementedMessage.Read(buffer, offset, count);
                    return;
                case SshMessageNumbers.Debug:
                    DebugMessage.Read(buffer, offset, count, limits.MaxFieldLength);
                    return;
                case SshMessageNumbers.ExtInfo:
                    RequireTransport(number);
                    ExtInfoMessage extInfo = ExtInfoMessage.Read(buffer, offset, count, limits.MaxFieldLength);
                    if (serverAuth == null)
                    {
                        ServerSignatureAlgorithms = extInfo.ServerSignatureAlgorithms;
                    }

                    return;
                case SshMessageNumbers.KexInit:
                    OnKexInit(buffer, offset, count, sequence);
                    return;
                case SshMessageNumbers.KexEcdhReply:
                    if (serverAuth != null)
                    {
                        throw new SshProtocolException(SshDisconnectReason.ProtocolError, "KEX_ECDH_REPLY sent to a server");
                    }

                    OnEcdhReply(buffer, offset, count);
                    return;
                case SshMessageNumbers.KexEcdhInit:
                    if (serverAuth == null)
                    {
                        break;
                    }

                    OnEcdhInit(buffer, offset, count);
                    return;
                case SshMessageNumbers.NewKeys:
                    OnNewKeys(buffer, offset, count);
                    return;
            }

            bool serviceRequest = serverAuth != null && number == SshMessageNumbers.ServiceRequest;
            bool serviceMessage = serviceRequest || number == SshMessageNumbers.ServiceAccept || (number >= 50 && number <= 100);
            if (!firstKexDone && serviceMessage)
            {
                throw new SshProtocolException(SshDisconnectReason.ProtocolError, "message " + number + " before key exchange");
            }

            if (serviceRequest || number == SshMessageNumbers.ServiceAccept || (number >= 50 && number <= 79))
            {
                OnAuthMessage(number, buffer, offset, count);
                return;
            }

            if (number >= SshMessageNumbers.FirstConnection && number <= SshMessageNumbers.LastConnection)
            {
                if (!IsAuthenticated)
                {
                    throw new SshProtocolException(SshDisconnectReason.ProtocolError, "connection message " + number + " before authentication");
                }

                if (TakeProbeReply(number) || listener.OnConnectionMessage(buffer, offset, count))
                {
                    return;
                }
            }

            SendUnimplemented(sequence);
        }

        private void RequireTransport(byte number)
        {
            if (!firstKexDone && !sentNewKeys)
            {
                throw new SshProtocolException(SshDisconnectReason.ProtocolError, "message " + number + " before NEWKEYS");
            }
        }

        private void SendUnimplemented(uint sequence)
        {
            UnimplementedMessage reply = new UnimplementedMessage(sequence);
            writer.Write(scratch, 0, reply.Write(scratch, 0), outbox);
        }

        private void OnAuthMessage(byte number, byte[] buffer, int offset, int count)
        {
            if (IsAuthenticated)
            {
                // RFC 4252 §5.1: authentication messages after success are ignored.
                return;
            }

            if (serverAuth != null)
            {
                OnServerAuthMessage(number, buffer, offset, count);
                return;
            }

            AuthOutcome outcome = auth!.Handle(number, buffer, offset, count, sessionId!, listener);
            if (outcome == AuthOutcome.Succeeded)
            {
                OnAuthenticationSucceeded();
                listener.OnAuthenticated();
            }
            else if (outcome == AuthOutcome.Failed)
            {
                listener.OnAuthenticationFailed(auth.MethodsThatCanContinue, auth.PartialSuccess);
                Fail(SshDisconnectReason.NoMoreAuthMethodsAvailable, SshDisconnectReason.NoMoreAuthMethodsAvailable,
                    "the server refused the device key (can continue: " + auth.MethodsThatCanContinue + ")");
            }
        }

        /// <summary>Queues DISCONNECT (wireReason) when a packet can still be sent, then reports reported.</summary>
        private void Fail(SshDisconnectReason wireReason, SshDisconnectReason reported, string description)
        {
            if (IsClosed)
            {
                return;
            }

            IsClosed = true;
            if (started)
            {
                DisconnectMessage message = new DisconnectMessage(wireReason, description);
                writer.Write(scratch, 0, message.Write(scratch, 0), outbox);
            }

            listener.OnDisconnected(reported, description, false);
        }
    }
}
