using System;
using Callhome.AgentCore.Crypto;

namespace Callhome.AgentCore.Identity
{
    /// <summary>How operators see a device key: an authorized_keys line and OpenSSH's SHA256 fingerprint.</summary>
    public static class SshPublicKeyFormat
    {
        public const string Ed25519Name = "ssh-ed25519";

        public static byte[] Ed25519Blob(byte[] publicKey, int offset)
        {
            Arguments.CheckRange(publicKey, offset, 32, "publicKey");
            int nameLength = Ed25519Name.Length;
            byte[] blob = new byte[4 + nameLength + 4 + 32];
            BigEndian.PutUInt32(blob, 0, (uint)nameLength);
            for (int i = 0; i < nameLength; i++)
            {
                blob[4 + i] = (byte)Ed25519Name[i];
            }

            BigEndian.PutUInt32(blob, 4 + nameLength, 32);
            Array.Copy(publicKey, offset, blob, 8 + nameLength, 32);
            return blob;
        }

        /// <summary>"ssh-ed25519 AAAA... comment", as in an OpenSSH authorized_keys file.</summary>
        public static string AuthorizedKeysLine(byte[] blob, string comment)
        {
            string line = Ed25519Name + " " + Convert.ToBase64String(blob);
            return comment == null || comment.Length == 0 ? line : line + " " + comment;
        }

        /// <summary>"SHA256:" + unpadded base64 of SHA-256(blob), as ssh-keygen -l prints.</summary>
        public static string Sha256Fingerprint(byte[] blob, ICryptoSuite suite)
        {
            ArgumentNullException.ThrowIfNull(blob);

            byte[] digest = new byte[32];
            IHashFunction sha256 = suite.CreateSha256();
            sha256.Update(blob, 0, blob.Length);
            sha256.Finish(digest, 0);
            sha256.Dispose();
            string encoded = Convert.ToBase64String(digest);
            int end = encoded.Length;
            while (end > 0 && encoded[end - 1] == '=')
            {
                end--;
            }

            return "SHA256:" + encoded.Substring(0, end);
        }
    }
}
