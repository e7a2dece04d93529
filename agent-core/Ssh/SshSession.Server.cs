using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh.Auth;
using Callhome.AgentCore.Ssh.Kex;
using Callhome.AgentCore.Ssh.Messages;
using Callhome.AgentCore.Ssh.Transport;

namespace Callhome.AgentCore.Ssh
{
    /// <summary>
    /// The server half of the session (SshRole.Server): the host key is the DeviceIdentity given to the
    /// constructor. Answers KEX_ECDH_INIT with KEX_ECDH_REPLY (RFC 5656 §4, RFC 8731: the same exchange hash as
    /// the client half with V_C/I_C the peer's, signed per RFC 8709 §6) and NEWKEYS; sends EXT_INFO
    /// server-sig-algs=ssh-ed25519 right after the first NEWKEYS when the client offered ext-info-c (RFC 8308
    /// §2.4); serves ssh-userauth (Auth/ServerAuthentication.cs).
    /// </summary>
    public sealed partial class SshSession
    {
        /// <summary>Server role: the user name that authenticated, empty before.</summary>
        public string AuthenticatedUser
        {
            get { return serverAuth == null ? string.Empty : serverAuth.UserName; }
        }

        /// <summary>Server role: "SHA256:..." of the client key that authenticated, empty before.</summary>
        public string AuthenticatedKeyFingerprint
        {
            get
            {
                byte[]? key = serverAuth == null ? null : serverAuth.AuthenticatedKey;
                return key == null ? string.Empty : SshPublicKeyFormat.Sha256Fingerprint(key, suite);
            }
        }

        /// <summary>Server role: failed authentication requests so far.</summary>
        public int AuthenticationFailures
        {
            get { return serverAuth == null ? 0 : serverAuth.Failures; }
        }

        /// <summary>Sends one service or authentication message (number 5, 6 or 50-79) of our own once the
        /// transport is ready and before authentication succeeded: for methods the built-in authentication does
        /// not speak (and for tests that play a misbehaving client).</summary>
        public void SendAuthenticationMessage(byte[] payload, int offset, int count)
        {
            if (payload == null || offset < 0 || count < 1 || payload.Length - offset < count)
            {
                throw new System.ArgumentException("offset and count do not fit the payload", nameof(payload));
            }

            byte number = payload[offset];
            if (number != SshMessageNumbers.ServiceRequest && number != SshMessageNumbers.ServiceAccept && (number < 50 || number > 79))
            {
                throw new System.ArgumentException("message " + number + " is not a service or authentication message", nameof(payload));
            }

            if (!firstKexDone || IsAuthenticated)
            {
                throw new System.InvalidOperationException("authentication messages go between the first key exchange and success");
            }

            if (IsClosed)
            {
                return;
            }

            writer.Write(payload, offset, count, outbox);
        }

        private void OnEcdhInit(byte[] buffer, int offset, int count)
        {
            if (negotiated == null || ourKexInit == null || peerKexInit == null || sentNewKeys || method != null)
            {
                throw new SshProtocolException(SshDisconnectReason.ProtocolError, "KEX_ECDH_INIT outside a key exchange");
            }

            KexEcdhInitMessage init = KexEcdhInitMessage.Read(buffer, offset, count, limits.MaxFieldLength);
            method = negotiated.Kex.Start(suite);
            byte[] secret = method.ComputeSharedSecret(init.ClientPublicKey);
            byte[] k = HashWriter.EncodeMpint(secret);
            ConstantTime.Wipe(secret);
            byte[] hostKey = identity.PublicKeyBlob();
            IHashFunction hash = method.CreateHash();
            byte[] h = ExchangeHash.Compute(hash, identification.RawVersion, ourVersion, peerKexInit, ourKexInit,
                hostKey, init.ClientPublicKey, method.PublicKey, k);
            byte[] signature = new byte[DeviceIdentity.SignatureLength];
            identity.Sign(h, 0, h.Length, signature, 0);
            KexEcdhReplyMessage reply = new KexEcdhReplyMessage(hostKey, method.PublicKey, Ed25519HostKey.SignatureBlob(signature, 0));
            writer.Write(scratch, 0, reply.Write(scratch, 0), outbox);
            if (sessionId == null)
            {
                sessionId = h;
            }

            IPacketProtection send = SessionKeys.Create(suite, hash, k, h, sessionId, negotiated.EncryptionServerToClient,
                negotiated.MacServerToClient, false);
            pendingReceive = SessionKeys.Create(suite, hash, k, h, sessionId, negotiated.EncryptionClientToServer,
                negotiated.MacClientToServer, true);
            hash.Dispose();
            ConstantTime.Wipe(k);
            method.Dispose();
            method = null;
            SendNewKeys(send);
        }

        private void SendExtInfo()
        {
            ExtInfoMessage info = new ExtInfoMessage(SshAlgorithms.Ed25519HostKey);
            writer.Write(scratch, 0, info.Write(scratch, 0), outbox);
        }

        private void OnServerAuthMessage(byte number, byte[] buffer, int offset, int count)
        {
            AuthOutcome outcome = serverAuth!.Handle(number, buffer, offset, count, sessionId!);
            if (outcome == AuthOutcome.Succeeded)
            {
                OnAuthenticationSucceeded();
                listener.OnAuthenticated();
            }
            else if (outcome == AuthOutcome.Failed)
            {
                listener.OnAuthenticationFailed(UserAuthRequestMessage.PublicKeyMethod, false);
            }
        }
    }
}
