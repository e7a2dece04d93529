using System;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Auth;
using Callhome.AgentCore.Ssh.Connection;
using Callhome.AgentCore.Ssh.Connection.Messages;
using Callhome.AgentCore.Ssh.Kex;
using Callhome.AgentCore.Ssh.Messages;
using Callhome.AgentCore.Ssh.Transport;
using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.Fuzz.Targets
{
    /// <summary>
    /// The message decoders of each role, fast and without the packet layer: the input is a sequence of payloads,
    /// each as uint16 length || payload (the last one takes what is left). Transport and kex messages go to their
    /// readers (a KEXINIT is also negotiated against ours, a key exchange value used, a host key and signature
    /// parsed); authentication messages to the decoders of that role (client: SERVICE_ACCEPT, FAILURE, SUCCESS,
    /// BANNER, PK_OK; server: SERVICE_REQUEST, USERAUTH_REQUEST checked against an authorized key and verified);
    /// connection messages (80-100) to one ConnectionService of that role, kept across the payloads so channel
    /// state builds up (the client has opened a session channel; the server accepts them). The first protocol
    /// error ends the run, as it ends a session.
    /// </summary>
    public static class MessageTargets
    {
        private const int MaxField = 8192;

        public static FuzzOutcome RunClient(byte[] input) => Run(input, SshRole.Client);

        public static FuzzOutcome RunServer(byte[] input) => Run(input, SshRole.Server);

        private static FuzzOutcome Run(byte[] input, SshRole role)
        {
            ArgumentNullException.ThrowIfNull(input);
            ICryptoSuite suite = FuzzPlatform.Suite(role == SshRole.Client ? FuzzPlatform.ClientEntropySeed : FuzzPlatform.ServerEntropySeed);
            var sink = new NullSender();
            var events = new ChannelEvents();
            var channels = new ConnectionService(sink, SshLimits.CreateDefault(), role, events);
            events.Channels = channels;
            if (role == SshRole.Server)
            {
                channels.AcceptPeerSessions = true;
            }
            else
            {
                channels.OpenSession();
            }

            try
            {
                int at = 0;
                while (at < input.Length)
                {
                    int length = at + 2 <= input.Length ? (input[at] << 8) | input[at + 1] : 0;
                    at = Math.Min(at + 2, input.Length);
                    length = Math.Min(length, input.Length - at);
                    if (length > 0)
                    {
                        byte[] payload = input.AsSpan(at, length).ToArray();
                        if (role == SshRole.Client)
                        {
                            DecodeAsClient(suite, channels, payload);
                        }
                        else
                        {
                            DecodeAsServer(suite, channels, payload);
                        }
                    }

                    at += length;
                }

                return FuzzOutcome.Accepted;
            }
            catch (SshProtocolException)
            {
                return FuzzOutcome.ProtocolError;
            }
            catch (SshFormatException)
            {
                return FuzzOutcome.ProtocolError;
            }
        }

        private static void DecodeAsClient(ICryptoSuite suite, ConnectionService channels, byte[] m)
        {
            int n = m.Length;
            switch (m[0])
            {
                case SshMessageNumbers.ExtInfo: ExtInfoMessage.Read(m, 0, n, MaxField); break;
                case SshMessageNumbers.KexInit: Negotiate(m, SshRole.Client); break;
                case SshMessageNumbers.KexEcdhReply:
                    KexEcdhReplyMessage reply = KexEcdhReplyMessage.Read(m, 0, n, MaxField);
                    byte[] hostKey = Ed25519HostKey.ParseBlob(reply.HostKey);
                    using (IKeyExchangeMethod kex = Curve25519Sha256.Create(suite))
                    {
                        kex.ComputeSharedSecret(reply.ServerPublicKey);
                    }

                    Ed25519HostKey.Verify(suite, hostKey, reply.Signature, new byte[32]);
                    break;
                case SshMessageNumbers.ServiceAccept: ServiceAcceptMessage.Read(m, 0, n, MaxField); break;
                case SshMessageNumbers.UserAuthFailure: UserAuthFailureMessage.Read(m, 0, n, MaxField); break;
                case SshMessageNumbers.UserAuthSuccess: UserAuthSuccessMessage.Read(m, 0, n); break;
                case SshMessageNumbers.UserAuthBanner: UserAuthBannerMessage.Read(m, 0, n, MaxField); break;
                case UserAuthPkOkMessage.Number: UserAuthPkOkMessage.Read(m, 0, n, MaxField); break;
                default: DecodeCommon(channels, m); break;
            }
        }

        private static void DecodeAsServer(ICryptoSuite suite, ConnectionService channels, byte[] m)
        {
            int n = m.Length;
            switch (m[0])
            {
                case SshMessageNumbers.KexInit: Negotiate(m, SshRole.Server); break;
                case SshMessageNumbers.KexEcdhInit:
                    KexEcdhInitMessage init = KexEcdhInitMessage.Read(m, 0, n, MaxField);
                    using (IKeyExchangeMethod kex = Curve25519Sha256.Create(suite))
                    {
                        kex.ComputeSharedSecret(init.ClientPublicKey);
                    }

                    break;
                case SshMessageNumbers.ServiceRequest: ServiceRequestMessage.Read(m, 0, n, MaxField); break;
                case SshMessageNumbers.UserAuthRequest:
                    UserAuthRequestMessage request = UserAuthRequestMessage.Read(m, 0, n, MaxField);
                    Authorized.Contains(request.PublicKeyBlob, 0, request.PublicKeyBlob.Length);
                    if (request.Signature != null)
                    {
                        byte[] buffer = new byte[65536];
                        byte[] signed = buffer.AsSpan(0, request.WriteSignedData(buffer, 0, new byte[32])).ToArray();
                        Ed25519HostKey.Verify(suite, Ed25519HostKey.ParseBlob(request.PublicKeyBlob), request.Signature, signed);
                    }

                    break;
                default: DecodeCommon(channels, m); break;
            }
        }

        private static void DecodeCommon(ConnectionService channels, byte[] m)
        {
            int n = m.Length;
            switch (m[0])
            {
                case SshMessageNumbers.Disconnect: DisconnectMessage.Read(m, 0, n, MaxField); break;
                case SshMessageNumbers.Ignore: IgnoreMessage.Read(m, 0, n, 35000); break;
                case SshMessageNumbers.Unimplemented: UnimplementedMessage.Read(m, 0, n); break;
                case SshMessageNumbers.Debug: DebugMessage.Read(m, 0, n, MaxField); break;
                case SshMessageNumbers.NewKeys: NewKeysMessage.Read(m, 0, n); break;
                default:
                    if (ConnectionMessage.IsConnectionMessage(m[0]))
                    {
                        channels.HandleMessage(m, 0, n);
                    }

                    break;
            }
        }

        /// <summary>Reads the peer's KEXINIT and negotiates it against a KEXINIT like ours (RFC 4253 §7.1).</summary>
        private static void Negotiate(byte[] m, SshRole role)
        {
            KexInitMessage peer = KexInitMessage.Read(m, 0, m.Length, MaxField);
            var ours = new KexInitMessage
            {
                KexAlgorithms = NameList.Join(SshAlgorithms.KexNames()) + "," + (role == SshRole.Client ? SshAlgorithms.StrictKexClient : SshAlgorithms.StrictKexServer),
                ServerHostKeyAlgorithms = SshAlgorithms.Ed25519HostKey,
                EncryptionClientToServer = NameList.Join(SshAlgorithms.EncryptionNames()),
                EncryptionServerToClient = NameList.Join(SshAlgorithms.EncryptionNames()),
                MacClientToServer = NameList.Join(SshAlgorithms.MacNames()),
                MacServerToClient = NameList.Join(SshAlgorithms.MacNames()),
                CompressionClientToServer = SshAlgorithms.NoCompression,
                CompressionServerToClient = SshAlgorithms.NoCompression,
            };
            NegotiatedAlgorithms.Negotiate(role == SshRole.Client ? ours : peer, role == SshRole.Client ? peer : ours);
        }

        /// <summary>The device key of FuzzPlatform, as our server lists it.</summary>
        private static readonly AuthorizedKeys Authorized = FuzzPlatform.ServerConfig(FuzzPlatform.Suite(1)).AuthorizedKeys!;

        private sealed class NullSender : ISshMessageSender
        {
            public int MaxPayloadLength => 34000;

            public void SendMessage(byte[] payload, int offset, int count)
            {
            }
        }

        private sealed class ChannelEvents : IConnectionListener
        {
            public ConnectionService? Channels { get; set; }

            public void ChannelOpened(int channelId, bool openedByPeer)
            {
                if (!openedByPeer)
                {
                    Channels!.SendSubsystem(channelId, "echo");
                }
            }

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
            }

            public void ChannelExitStatus(int channelId, uint exitStatus)
            {
            }

            /// <summary>The server's routing: exec and subsystem arguments parsed, as SshServerConnection does.</summary>
            public bool ChannelRequest(int channelId, ChannelRequestMessage request)
            {
                if (request.RequestType == ExecRequest.Type)
                {
                    ExecRequest.Parse(request, MaxField);
                    return true;
                }

                if (request.RequestType == SubsystemRequest.Type)
                {
                    return SubsystemRequest.Parse(request, MaxField).Name == "echo";
                }

                return false;
            }

            public void GlobalRequestReplied(string requestName, bool success)
            {
            }
        }
    }
}
