using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh.Kex;
using Callhome.AgentCore.Ssh.Messages;
using Callhome.AgentCore.Ssh.Transport;

namespace Callhome.AgentCore.Ssh.Auth
{
    /// <summary>
    /// The client side of RFC 4252 with the publickey method only (the device key, ssh-ed25519): request the
    /// ssh-userauth service (RFC 4253 §10), ask whether the key is acceptable (§7, no signature), then sign
    /// session id || request (§7) once the server answers PK_OK. Banners are reported and otherwise ignored.
    /// </summary>
    internal sealed class ClientAuthentication
    {
        public const string UserAuthService = "ssh-userauth";
        public const string ConnectionService = "ssh-connection";

        private readonly string userName;
        private readonly DeviceIdentity identity;
        private readonly ITransportSink sink;
        private readonly byte[] scratch;
        private readonly int maxField;
        private Step step;

        public ClientAuthentication(string userName, DeviceIdentity identity, ITransportSink sink, byte[] scratch, int maxField)
        {
            this.userName = userName;
            this.identity = identity;
            this.sink = sink;
            this.scratch = scratch;
            this.maxField = maxField;
        }

        private enum Step
        {
            Idle,
            AwaitServiceAccept,
            AwaitPkOk,
            AwaitResult,
            Done,
        }

        public string MethodsThatCanContinue { get; private set; } = string.Empty;

        public bool PartialSuccess { get; private set; }

        public void Start()
        {
            ServiceRequestMessage request = new ServiceRequestMessage(UserAuthService);
            sink.SendPayload(scratch, 0, request.Write(scratch, 0));
            step = Step.AwaitServiceAccept;
        }

        public AuthOutcome Handle(byte number, byte[] buffer, int offset, int count, byte[] sessionId, ISshSessionListener listener)
        {
            if (number == UserAuthBannerMessage.Number && step != Step.Done)
            {
                listener.OnBanner(UserAuthBannerMessage.Read(buffer, offset, count, maxField).Text);
                return AuthOutcome.Pending;
            }

            if (number == ServiceAcceptMessage.Number && step == Step.AwaitServiceAccept)
            {
                ServiceAcceptMessage accept = ServiceAcceptMessage.Read(buffer, offset, count, maxField);
                if (accept.ServiceName != UserAuthService)
                {
                    throw new SshProtocolException(SshDisconnectReason.ProtocolError, "server accepted service " + accept.ServiceName);
                }

                SendRequest(null);
                step = Step.AwaitPkOk;
                return AuthOutcome.Pending;
            }

            if (number == UserAuthPkOkMessage.Number && step == Step.AwaitPkOk)
            {
                UserAuthPkOkMessage ok = UserAuthPkOkMessage.Read(buffer, offset, count, maxField);
                if (ok.Algorithm != SshAlgorithms.Ed25519HostKey)
                {
                    throw new SshProtocolException(SshDisconnectReason.ProtocolError, "PK_OK for algorithm " + ok.Algorithm);
                }

                SendRequest(sessionId);
                step = Step.AwaitResult;
                return AuthOutcome.Pending;
            }

            if (number == UserAuthFailureMessage.Number && (step == Step.AwaitPkOk || step == Step.AwaitResult))
            {
                UserAuthFailureMessage failure = UserAuthFailureMessage.Read(buffer, offset, count, maxField);
                MethodsThatCanContinue = failure.MethodsThatCanContinue;
                PartialSuccess = failure.PartialSuccess;
                step = Step.Done;
                return AuthOutcome.Failed;
            }

            if (number == UserAuthSuccessMessage.Number && step == Step.AwaitResult)
            {
                UserAuthSuccessMessage.Read(buffer, offset, count);
                step = Step.Done;
                return AuthOutcome.Succeeded;
            }

            throw new SshProtocolException(SshDisconnectReason.ProtocolError,
                "unexpected authentication message " + number + " in step " + (int)step);
        }

        private void SendRequest(byte[]? sessionId)
        {
            UserAuthRequestMessage request = new UserAuthRequestMessage(userName, ConnectionService,
                SshAlgorithms.Ed25519HostKey, identity.PublicKeyBlob());
            if (sessionId != null)
            {
                int length = request.WriteSignedData(scratch, 0, sessionId);
                byte[] signature = new byte[DeviceIdentity.SignatureLength];
                identity.Sign(scratch, 0, length, signature, 0);
                request.Signature = Ed25519HostKey.SignatureBlob(signature, 0);
            }

            sink.SendPayload(scratch, 0, request.Write(scratch, 0));
        }
    }
}
