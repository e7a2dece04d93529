using System;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Ssh.Kex;
using Callhome.AgentCore.Ssh.Messages;
using Callhome.AgentCore.Ssh.Transport;
using Callhome.AgentCore.Ssh.Wire;

namespace Callhome.AgentCore.Ssh.Auth
{
    /// <summary>
    /// The server side of RFC 4252 with the publickey method only: SERVICE_REQUEST ssh-userauth → SERVICE_ACCEPT (again if
    /// repeated; any other service: DISCONNECT 7); a publickey query for a listed ssh-ed25519 key → PK_OK (§7); a signed
    /// request by a listed key whose signature over session id || request verifies → SUCCESS; anything else
    /// (none, password, keyboard-interactive, unlisted keys, bad signatures, other services than ssh-connection)
    /// → FAILURE "publickey". As in OpenSSH, a first "none" request is not counted; the failure that reaches
    /// <see cref="SshLimits.MaxAuthAttempts"/> becomes DISCONNECT 14 (NO_MORE_AUTH_METHODS_AVAILABLE) instead.
    /// </summary>
    internal sealed class ServerAuthentication
    {
        private readonly AuthorizedKeys keys;
        private readonly ICryptoSuite suite;
        private readonly ITransportSink sink;
        private readonly byte[] scratch;
        private readonly int maxField;
        private readonly int maxAttempts;
        private bool serviceAccepted;
        private int requests;

        public ServerAuthentication(AuthorizedKeys keys, ICryptoSuite suite, ITransportSink sink, byte[] scratch, int maxField, int maxAttempts)
        {
            this.keys = keys;
            this.suite = suite;
            this.sink = sink;
            this.scratch = scratch;
            this.maxField = maxField;
            this.maxAttempts = maxAttempts;
        }

        /// <summary>Failed requests so far (the first "none" excluded).</summary>
        public int Failures { get; private set; }

        /// <summary>The user name of the successful request.</summary>
        public string UserName { get; private set; } = string.Empty;

        /// <summary>The public key blob that authenticated, or null.</summary>
        public byte[]? AuthenticatedKey { get; private set; }

        public AuthOutcome Handle(byte number, byte[] buffer, int offset, int count, byte[] sessionId)
        {
            if (number == ServiceRequestMessage.Number)
            {
                ServiceRequestMessage request = ServiceRequestMessage.Read(buffer, offset, count, maxField);
                if (request.ServiceName != ClientAuthentication.UserAuthService)
                {
                    throw new SshProtocolException(SshDisconnectReason.ServiceNotAvailable, "service " + request.ServiceName + " is not available");
                }

                serviceAccepted = true;
                ServiceAcceptMessage accept = new ServiceAcceptMessage(ClientAuthentication.UserAuthService);
                sink.SendPayload(scratch, 0, accept.Write(scratch, 0));
                return AuthOutcome.Pending;
            }

            if (number != UserAuthRequestMessage.Number || !serviceAccepted)
            {
                throw new SshProtocolException(SshDisconnectReason.ProtocolError, "unexpected authentication message " + number);
            }

            UserAuthRequestMessage message = UserAuthRequestMessage.Read(buffer, offset, count, maxField);
            requests++;
            if (message.ServiceName != ClientAuthentication.ConnectionService || message.MethodName != UserAuthRequestMessage.PublicKeyMethod
                || message.Algorithm != SshAlgorithms.Ed25519HostKey || !keys.Contains(message.PublicKeyBlob, 0, message.PublicKeyBlob.Length))
            {
                bool freeNone = requests == 1 && message.MethodName == "none";
                return Refuse(!freeNone);
            }

            if (message.Signature == null)
            {
                UserAuthPkOkMessage ok = new UserAuthPkOkMessage(message.Algorithm, message.PublicKeyBlob);
                sink.SendPayload(scratch, 0, ok.Write(scratch, 0));
                return AuthOutcome.Pending;
            }

            if (!SignatureValid(message, sessionId))
            {
                return Refuse(true);
            }

            UserName = message.UserName;
            AuthenticatedKey = message.PublicKeyBlob;
            sink.SendPayload(scratch, 0, UserAuthSuccessMessage.Write(scratch, 0));
            return AuthOutcome.Succeeded;
        }

        private bool SignatureValid(UserAuthRequestMessage message, byte[] sessionId)
        {
            byte[] signature = message.Signature!;
            int length = message.WriteSignedData(scratch, 0, sessionId);
            byte[] signed = new byte[length];
            Array.Copy(scratch, 0, signed, 0, length);
            try
            {
                byte[] key = Ed25519HostKey.ParseBlob(message.PublicKeyBlob);
                return Ed25519HostKey.Verify(suite, key, signature, signed);
            }
            catch (SshFormatException)
            {
                return false;
            }
        }

        private AuthOutcome Refuse(bool counted)
        {
            if (counted)
            {
                Failures++;
                if (Failures >= maxAttempts)
                {
                    throw new SshProtocolException(SshDisconnectReason.NoMoreAuthMethodsAvailable,
                        "too many authentication failures (" + Failures + ")");
                }
            }

            UserAuthFailureMessage failure = new UserAuthFailureMessage(UserAuthRequestMessage.PublicKeyMethod, false);
            sink.SendPayload(scratch, 0, failure.Write(scratch, 0));
            return AuthOutcome.Failed;
        }
    }
}
