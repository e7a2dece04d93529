using System;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh.Kex;
using Callhome.AgentCore.Ssh.Messages;
using Callhome.AgentCore.Ssh.Transport;

namespace Callhome.AgentCore.Ssh
{
    /// <summary>
    /// Key exchange (RFC 4253 §7-9), shared by both roles (the server half is in SshSession.Server.cs): KEXINIT (ours at start, or in answer to the peer's
    /// re-key), ECDH_INIT, the reply checked against the pin and its signature, NEWKEYS each way, with strict
    /// kex sequence resets. Messages queued by the connection layer meanwhile go out after our NEWKEYS.
    /// </summary>
    public sealed partial class SshSession
    {
        private void SendKexInit()
        {
            KexInitMessage init = new KexInitMessage();
            entropy.GetBytes(init.Cookie, 0, KexInitMessage.CookieLength);
            string kex = NameList.Join(config.KexAlgorithms ?? SshAlgorithms.KexNames());
            if (sessionId == null)
            {
                if (serverAuth == null)
                {
                    kex = kex + "," + SshAlgorithms.ExtInfoClient;
                }

                if (config.OfferStrictKex)
                {
                    kex = kex + "," + (serverAuth != null ? SshAlgorithms.StrictKexServer : SshAlgorithms.StrictKexClient);
                }
            }

            string ciphers = NameList.Join(config.Ciphers ?? SshAlgorithms.EncryptionNames());
            string macs = NameList.Join(config.Macs ?? SshAlgorithms.MacNames());
            init.KexAlgorithms = kex;
            init.ServerHostKeyAlgorithms = NameList.Join(SshAlgorithms.HostKey);
            init.EncryptionClientToServer = ciphers;
            init.EncryptionServerToClient = ciphers;
            init.MacClientToServer = macs;
            init.MacServerToClient = macs;
            init.CompressionClientToServer = SshAlgorithms.NoCompression;
            init.CompressionServerToClient = SshAlgorithms.NoCompression;
            int length = init.Write(scratch, 0);
            ourKexInit = new byte[length];
            Array.Copy(scratch, 0, ourKexInit, 0, length);
            kexInProgress = true;
            writer.Write(scratch, 0, length, outbox);
            RestartRekeyVolume();
        }

        private void OnKexInit(byte[] buffer, int offset, int count, uint sequence)
        {
            if (peerKexInit != null)
            {
                throw new SshProtocolException(SshDisconnectReason.ProtocolError, "second KEXINIT during a key exchange");
            }

            KexInitMessage peer = KexInitMessage.Read(buffer, offset, count, limits.MaxFieldLength);
            if (sessionId == null)
            {
                peerWantsExtInfo = serverAuth != null && NameList.Contains(peer.KexAlgorithms, SshAlgorithms.ExtInfoClient);
                strictKex = config.OfferStrictKex && NameList.Contains(peer.KexAlgorithms, serverAuth != null ? SshAlgorithms.StrictKexClient : SshAlgorithms.StrictKexServer);
                if (strictKex && sequence != 0)
                {
                    throw new SshProtocolException(SshDisconnectReason.ProtocolError,
                        "strict key exchange: KEXINIT was not the first packet");
                }
            }

            peerKexInit = new byte[count];
            Array.Copy(buffer, offset, peerKexInit, 0, count);
            if (!kexInProgress)
            {
                // The peer started a re-key (RFC 4253 §9): answer with ours.
                SendKexInit();
            }

            deadline = clock.ElapsedMilliseconds + limits.KexTimeoutMilliseconds;
            KexInitMessage ours = KexInitMessage.Read(ourKexInit!, 0, ourKexInit!.Length, int.MaxValue);
            negotiated = serverAuth != null ? NegotiatedAlgorithms.Negotiate(peer, ours) : NegotiatedAlgorithms.Negotiate(ours, peer);
            if (peer.FirstKexPacketFollows
                && (NameList.First(peer.KexAlgorithms) != negotiated.Kex.Name || NameList.First(peer.ServerHostKeyAlgorithms) != negotiated.HostKey))
            {
                ignoreGuessedPacket = true;
            }

            if (serverAuth != null)
            {
                return; // the server answers the client's KEX_ECDH_INIT (SshSession.Server.cs)
            }

            method = negotiated.Kex.Start(suite);
            KexEcdhInitMessage init = new KexEcdhInitMessage(method.PublicKey);
            writer.Write(scratch, 0, init.Write(scratch, 0), outbox);
        }

        private void OnEcdhReply(byte[] buffer, int offset, int count)
        {
            if (method == null || negotiated == null || ourKexInit == null || peerKexInit == null)
            {
                throw new SshProtocolException(SshDisconnectReason.ProtocolError, "KEX_ECDH_REPLY outside a key exchange");
            }

            KexEcdhReplyMessage reply = KexEcdhReplyMessage.Read(buffer, offset, count, limits.MaxFieldLength);
            string fingerprint = SshPublicKeyFormat.Sha256Fingerprint(reply.HostKey, suite);
            if (fingerprint != config.PinnedHostKeyFingerprint)
            {
                listener.OnHostKeyMismatch(config.PinnedHostKeyFingerprint, fingerprint);
                throw new SshProtocolException(SshDisconnectReason.HostKeyNotVerifiable,
                    "host key " + fingerprint + " is not the pinned " + config.PinnedHostKeyFingerprint);
            }

            byte[] hostKey = Ed25519HostKey.ParseBlob(reply.HostKey);
            byte[] secret = method.ComputeSharedSecret(reply.ServerPublicKey);
            byte[] k = HashWriter.EncodeMpint(secret);
            ConstantTime.Wipe(secret);
            IHashFunction hash = method.CreateHash();
            byte[] h = ExchangeHash.Compute(hash, ourVersion, identification.RawVersion, ourKexInit, peerKexInit,
                reply.HostKey, method.PublicKey, reply.ServerPublicKey, k);
            if (!Ed25519HostKey.Verify(suite, hostKey, reply.Signature, h))
            {
                hash.Dispose();
                throw new SshProtocolException(SshDisconnectReason.KeyExchangeFailed, "host key signature over the exchange hash is invalid");
            }

            listener.OnHostKeyVerified(fingerprint);
            if (sessionId == null)
            {
                sessionId = h;
            }

            IPacketProtection send = SessionKeys.Create(suite, hash, k, h, sessionId, negotiated.EncryptionClientToServer,
                negotiated.MacClientToServer, true);
            pendingReceive = SessionKeys.Create(suite, hash, k, h, sessionId, negotiated.EncryptionServerToClient,
                negotiated.MacServerToClient, false);
            hash.Dispose();
            ConstantTime.Wipe(k);
            method.Dispose();
            method = null;

            SendNewKeys(send);
        }

        /// <summary>Our NEWKEYS, then the new protection (strict kex: sequence 0), then what waited meanwhile.</summary>
        private void SendNewKeys(IPacketProtection send)
        {
            writer.Write(scratch, 0, NewKeysMessage.Write(scratch, 0), outbox);
            writer.SetProtection(send);
            if (strictKex)
            {
                writer.ResetSequenceNumber();
            }

            sentNewKeys = true;
            if (serverAuth != null && peerWantsExtInfo && sessionId != null && KeyExchangeCount == 0)
            {
                SendExtInfo();
            }

            for (int i = 0; i < held.Count; i++)
            {
                byte[] payload = (byte[])held[i]!;
                writer.Write(payload, 0, payload.Length, outbox);
            }

            held.Clear();
        }

        private void OnNewKeys(byte[] buffer, int offset, int count)
        {
            NewKeysMessage.Read(buffer, offset, count);
            if (!sentNewKeys || pendingReceive == null)
            {
                throw new SshProtocolException(SshDisconnectReason.ProtocolError, "NEWKEYS before the key exchange finished");
            }

            reader.SetProtection(pendingReceive);
            pendingReceive = null;
            if (strictKex)
            {
                reader.ResetSequenceNumber();
            }

            kexInProgress = false;
            sentNewKeys = false;
            ourKexInit = null;
            peerKexInit = null;
            KeyExchangeCount++;
            RestartRekeyClock();
            if (!firstKexDone)
            {
                firstKexDone = true;
                authDeadline = clock.ElapsedMilliseconds + limits.AuthTimeoutMilliseconds;
                deadline = authDeadline;
                listener.OnTransportReady();
                if (!IsClosed && auth != null)
                {
                    auth.Start();
                }

                return;
            }

            deadline = IsAuthenticated ? NoDeadline : authDeadline;
        }
    }
}
