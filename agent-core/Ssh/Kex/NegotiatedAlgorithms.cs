using Callhome.AgentCore.Ssh.Messages;
using Callhome.AgentCore.Ssh.Transport;

namespace Callhome.AgentCore.Ssh.Kex
{
    /// <summary>The outcome of RFC 4253 §7.1 negotiation of two KEXINITs.</summary>
    public sealed class NegotiatedAlgorithms
    {
        private NegotiatedAlgorithms(KexAlgorithm kex, string hostKey, EncryptionAlgorithm encryptionClientToServer,
            EncryptionAlgorithm encryptionServerToClient, MacAlgorithm? macClientToServer, MacAlgorithm? macServerToClient)
        {
            Kex = kex;
            HostKey = hostKey;
            EncryptionClientToServer = encryptionClientToServer;
            EncryptionServerToClient = encryptionServerToClient;
            MacClientToServer = macClientToServer;
            MacServerToClient = macServerToClient;
        }

        public KexAlgorithm Kex { get; }

        public string HostKey { get; }

        public EncryptionAlgorithm EncryptionClientToServer { get; }

        public EncryptionAlgorithm EncryptionServerToClient { get; }

        /// <summary>Null when that direction's cipher is an AEAD (its MAC list is then not negotiated, as in OpenSSH).</summary>
        public MacAlgorithm? MacClientToServer { get; }

        public MacAlgorithm? MacServerToClient { get; }

        /// <summary>Throws SshProtocolException(KeyExchangeFailed) naming the first list with nothing in common.</summary>
        public static NegotiatedAlgorithms Negotiate(KexInitMessage client, KexInitMessage server)
        {
            KexAlgorithm? kex = SshAlgorithms.FindKex(Choose("key exchange", client.KexAlgorithms, server.KexAlgorithms));
            if (kex == null)
            {
                throw NoCommon("key exchange", client.KexAlgorithms, server.KexAlgorithms);
            }

            string hostKey = Choose("host key", client.ServerHostKeyAlgorithms, server.ServerHostKeyAlgorithms);
            EncryptionAlgorithm c2s = Cipher(client.EncryptionClientToServer, server.EncryptionClientToServer);
            EncryptionAlgorithm s2c = Cipher(client.EncryptionServerToClient, server.EncryptionServerToClient);
            MacAlgorithm? macC2s = c2s.IsAead ? null : Mac(client.MacClientToServer, server.MacClientToServer);
            MacAlgorithm? macS2c = s2c.IsAead ? null : Mac(client.MacServerToClient, server.MacServerToClient);
            Choose("compression", client.CompressionClientToServer, server.CompressionClientToServer);
            Choose("compression", client.CompressionServerToClient, server.CompressionServerToClient);
            return new NegotiatedAlgorithms(kex, hostKey, c2s, s2c, macC2s, macS2c);
        }

        private static EncryptionAlgorithm Cipher(string client, string server)
        {
            EncryptionAlgorithm? found = SshAlgorithms.FindEncryption(Choose("cipher", client, server));
            if (found == null)
            {
                throw NoCommon("cipher", client, server);
            }

            return found;
        }

        private static MacAlgorithm Mac(string client, string server)
        {
            MacAlgorithm? found = SshAlgorithms.FindMac(Choose("MAC", client, server));
            if (found == null)
            {
                throw NoCommon("MAC", client, server);
            }

            return found;
        }

        private static string Choose(string what, string client, string server)
        {
            string? name = NameList.FirstCommon(client, server);
            if (name == null)
            {
                throw NoCommon(what, client, server);
            }

            return name;
        }

        private static SshProtocolException NoCommon(string what, string client, string server)
        {
            return new SshProtocolException(SshDisconnectReason.KeyExchangeFailed,
                "no common " + what + " algorithm (we offer " + client + "; the peer offers " + server + ")");
        }
    }
}
