using Callhome.AgentCore.Crypto;

namespace Callhome.AgentCore.Ssh.Kex
{
    /// <summary>
    /// H of RFC 5656 §4 / RFC 8731 §3.1 for the ECDH-style exchanges: HASH(string V_C || string V_S ||
    /// string I_C || string I_S || string K_S || string Q_C || string Q_S || mpint K). Versions without CR LF,
    /// I_* the whole KEXINIT payloads.
    /// </summary>
    public static class ExchangeHash
    {
        public static byte[] Compute(IHashFunction hash, byte[] clientVersion, byte[] serverVersion, byte[] clientKexInit,
            byte[] serverKexInit, byte[] hostKey, byte[] clientPublic, byte[] serverPublic, byte[] sharedSecretMpint)
        {
            byte[] h = new byte[hash.HashSize];
            hash.Reset();
            HashWriter.UpdateString(hash, clientVersion, 0, clientVersion.Length);
            HashWriter.UpdateString(hash, serverVersion, 0, serverVersion.Length);
            HashWriter.UpdateString(hash, clientKexInit, 0, clientKexInit.Length);
            HashWriter.UpdateString(hash, serverKexInit, 0, serverKexInit.Length);
            HashWriter.UpdateString(hash, hostKey, 0, hostKey.Length);
            HashWriter.UpdateString(hash, clientPublic, 0, clientPublic.Length);
            HashWriter.UpdateString(hash, serverPublic, 0, serverPublic.Length);
            hash.Update(sharedSecretMpint, 0, sharedSecretMpint.Length);
            hash.Finish(h, 0);
            return h;
        }
    }
}
