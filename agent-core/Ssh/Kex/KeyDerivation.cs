using System;
using Callhome.AgentCore.Crypto;

namespace Callhome.AgentCore.Ssh.Kex
{
    /// <summary>
    /// RFC 4253 §7.2: key X = HASH(K || H || letter || session_id), extended while too short by
    /// HASH(K || H || K1 || ... || Kn). K is the mpint encoding of the shared secret.
    /// </summary>
    public static class KeyDerivation
    {
        public const char InitialIvClientToServer = 'A';
        public const char InitialIvServerToClient = 'B';
        public const char EncryptionKeyClientToServer = 'C';
        public const char EncryptionKeyServerToClient = 'D';
        public const char IntegrityKeyClientToServer = 'E';
        public const char IntegrityKeyServerToClient = 'F';

        public static byte[] Derive(IHashFunction hash, byte[] sharedSecretMpint, byte[] exchangeHash, char letter,
            byte[] sessionId, int length)
        {
            int size = hash.HashSize;
            int blocks = (length + size - 1) / size;
            if (blocks == 0)
            {
                return new byte[0];
            }

            byte[] material = new byte[blocks * size];
            byte[] letterByte = new byte[] { (byte)letter };
            hash.Reset();
            hash.Update(sharedSecretMpint, 0, sharedSecretMpint.Length);
            hash.Update(exchangeHash, 0, exchangeHash.Length);
            hash.Update(letterByte, 0, 1);
            hash.Update(sessionId, 0, sessionId.Length);
            hash.Finish(material, 0);
            for (int produced = size; produced < material.Length; produced += size)
            {
                hash.Update(sharedSecretMpint, 0, sharedSecretMpint.Length);
                hash.Update(exchangeHash, 0, exchangeHash.Length);
                hash.Update(material, 0, produced);
                hash.Finish(material, produced);
            }

            if (material.Length == length)
            {
                return material;
            }

            byte[] key = new byte[length];
            Array.Copy(material, 0, key, 0, length);
            ConstantTime.Wipe(material);
            return key;
        }
    }
}
