using System;
using System.Collections;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;

namespace Callhome.AgentCore.Ssh.Auth
{
    /// <summary>
    /// The keys the server role accepts (OpenSSH authorized_keys, sshd(8) "AUTHORIZED_KEYS FILE FORMAT"), reduced
    /// to what we verify: ssh-ed25519 lines "ssh-ed25519 AAAA... comment". Blank lines and # comments are skipped,
    /// so are lines of other key types. A line with options before the key type (from=, command=, ...) is
    /// REFUSED (counted in <see cref="RefusedLines"/>, its key not accepted): we cannot honour the restrictions,
    /// so accepting the key would widen what the administrator allowed.
    /// </summary>
    public sealed class AuthorizedKeys
    {
        private readonly ArrayList blobs = new ArrayList();
        private readonly ArrayList fingerprints = new ArrayList();
        private ICryptoSuite? fingerprintSuite;

        public int Count
        {
            get { return blobs.Count + fingerprints.Count; }
        }

        /// <summary>Lines skipped because they carry options or a malformed ssh-ed25519 key.</summary>
        public int RefusedLines { get; private set; }

        public static AuthorizedKeys Parse(string text)
        {
            AuthorizedKeys keys = new AuthorizedKeys();
            keys.AddLines(text ?? string.Empty);
            return keys;
        }

        /// <summary>Adds one public key blob (RFC 8709 §4: string "ssh-ed25519", string key).</summary>
        public void Add(byte[] blob)
        {
            ArgumentNullException.ThrowIfNull(blob);
            byte[] copy = new byte[blob.Length];
            Array.Copy(blob, 0, copy, 0, blob.Length);
            blobs.Add(copy);
        }

        /// <summary>Accepts the ssh-ed25519 key whose SHA-256 fingerprint (OpenSSH's "SHA256:..." form) is
        /// given: a device provisioned with only its manager's fingerprint (RFC 8071 mode, where the manager
        /// is the SSH client) recognises the manager's key when it is presented.</summary>
        public void AddFingerprint(string fingerprint, ICryptoSuite suite)
        {
            ArgumentNullException.ThrowIfNull(fingerprint);
            ArgumentNullException.ThrowIfNull(suite);
            fingerprints.Add(fingerprint);
            fingerprintSuite = suite;
        }

        public void AddLines(string text)
        {
            int start = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || text[i] == '\n')
                {
                    AddLine(text.Substring(start, i - start));
                    start = i + 1;
                }
            }
        }

        /// <summary>True when the exact blob is listed (compared in full, byte by byte).</summary>
        public bool Contains(byte[] blob, int offset, int count)
        {
            for (int i = 0; i < blobs.Count; i++)
            {
                byte[] listed = (byte[])blobs[i]!;
                if (listed.Length != count)
                {
                    continue;
                }

                bool same = true;
                for (int j = 0; j < count; j++)
                {
                    if (listed[j] != blob[offset + j])
                    {
                        same = false;
                        break;
                    }
                }

                if (same)
                {
                    return true;
                }
            }

            return fingerprints.Count != 0 && MatchesFingerprint(blob, offset, count);
        }

        private bool MatchesFingerprint(byte[] blob, int offset, int count)
        {
            byte[] copy = new byte[count];
            Array.Copy(blob, offset, copy, 0, count);
            string presented = SshPublicKeyFormat.Sha256Fingerprint(copy, fingerprintSuite!);
            for (int i = 0; i < fingerprints.Count; i++)
            {
                if ((string)fingerprints[i]! == presented)
                {
                    return true;
                }
            }

            return false;
        }

        private void AddLine(string line)
        {
            int position = 0;
            string first = NextToken(line, ref position);
            if (first.Length == 0 || first[0] == '#')
            {
                return;
            }

            if (first != SshPublicKeyFormat.Ed25519Name)
            {
                if (LooksLikeKeyType(first))
                {
                    return; // another key type (ssh-rsa, ecdsa-..., sk-...): not ours to verify
                }

                RefusedLines++; // options before the key type
                return;
            }

            string encoded = NextToken(line, ref position);
            byte[] blob;
            try
            {
                blob = Convert.FromBase64String(encoded);
                Kex.Ed25519HostKey.ParseBlob(blob);
            }
            catch (Exception)
            {
                RefusedLines++;
                return;
            }

            blobs.Add(blob);
        }

        private static bool LooksLikeKeyType(string token)
        {
            return HasPrefix(token, "ssh-") || HasPrefix(token, "ecdsa-") || HasPrefix(token, "sk-");
        }

        private static bool HasPrefix(string token, string prefix)
        {
            if (token.Length < prefix.Length)
            {
                return false;
            }

            for (int i = 0; i < prefix.Length; i++)
            {
                if (token[i] != prefix[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static string NextToken(string line, ref int position)
        {
            while (position < line.Length && IsSpace(line[position]))
            {
                position++;
            }

            int start = position;
            while (position < line.Length && !IsSpace(line[position]))
            {
                position++;
            }

            return line.Substring(start, position - start);
        }

        private static bool IsSpace(char c)
        {
            return c == ' ' || c == '\t' || c == '\r';
        }
    }
}
