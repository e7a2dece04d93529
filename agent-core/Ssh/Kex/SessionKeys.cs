using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Ssh.Transport;

namespace Callhome.AgentCore.Ssh.Kex
{
    /// <summary>One direction's packet protection from a finished exchange: IV, key and MAC key derived with
    /// that direction's letters (RFC 4253 §7.2: A/C/E client to server, B/D/F server to client), in exactly
    /// the lengths the negotiated descriptors ask for; the derived bytes are wiped once the protection holds them.</summary>
    public static class SessionKeys
    {
        public static IPacketProtection Create(ICryptoSuite suite, IHashFunction hash, byte[] sharedSecretMpint, byte[] exchangeHash,
            byte[] sessionId, EncryptionAlgorithm cipher, MacAlgorithm? mac, bool clientToServer)
        {
            char ivLetter = clientToServer ? KeyDerivation.InitialIvClientToServer : KeyDerivation.InitialIvServerToClient;
            char keyLetter = clientToServer ? KeyDerivation.EncryptionKeyClientToServer : KeyDerivation.EncryptionKeyServerToClient;
            char macLetter = clientToServer ? KeyDerivation.IntegrityKeyClientToServer : KeyDerivation.IntegrityKeyServerToClient;
            byte[] iv = KeyDerivation.Derive(hash, sharedSecretMpint, exchangeHash, ivLetter, sessionId, cipher.IvLength);
            byte[] key = KeyDerivation.Derive(hash, sharedSecretMpint, exchangeHash, keyLetter, sessionId, cipher.KeyLength);
            byte[] macKey = mac == null ? new byte[0]
                : KeyDerivation.Derive(hash, sharedSecretMpint, exchangeHash, macLetter, sessionId, mac.KeyLength);
            IPacketProtection protection = cipher.Create(suite, key, iv, mac, macKey);
            ConstantTime.Wipe(iv);
            ConstantTime.Wipe(key);
            ConstantTime.Wipe(macKey);
            return protection;
        }
    }
}
