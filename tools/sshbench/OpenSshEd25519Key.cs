using System;
using System.Buffers.Binary;
using System.IO;
using System.Text;

namespace Callhome.Tools
{
    /// <summary>
    /// Unencrypted Ed25519 private keys in OpenSSH's file format ("openssh-key-v1", OpenSSH PROTOCOL.key), so a
    /// throwaway key can be shared by our client (which needs the 32-byte seed), ssh -i and sshd's HostKey.
    /// Encrypted keys and other key types are refused.
    /// </summary>
    public static class OpenSshEd25519Key
    {
        private const string Begin = "-----BEGIN OPENSSH PRIVATE KEY-----";
        private const string End = "-----END OPENSSH PRIVATE KEY-----";
        private static readonly byte[] Magic = Encoding.ASCII.GetBytes("openssh-key-v1\0");

        /// <summary>The 32-byte seed of an unencrypted ssh-ed25519 key file's text.</summary>
        public static byte[] ReadSeed(string fileText)
        {
            ArgumentNullException.ThrowIfNull(fileText);
            int start = fileText.IndexOf(Begin, StringComparison.Ordinal);
            int end = fileText.IndexOf(End, StringComparison.Ordinal);
            if (start < 0 || end < start)
            {
                throw new InvalidDataException("not an OpenSSH private key file");
            }

            byte[] data = Convert.FromBase64String(fileText.Substring(start + Begin.Length, end - start - Begin.Length));
            if (data.Length < Magic.Length || !data.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            {
                throw new InvalidDataException("not an openssh-key-v1 key");
            }

            int at = Magic.Length;
            if (Text(data, ref at) != "none" || Text(data, ref at) != "none")
            {
                throw new InvalidDataException("encrypted keys are not supported");
            }

            Field(data, ref at); // kdf options
            if (UInt32(data, ref at) != 1)
            {
                throw new InvalidDataException("expected exactly one key");
            }

            Field(data, ref at); // public key blob
            byte[] secret = Field(data, ref at);
            int s = 0;
            if (UInt32(secret, ref s) != UInt32(secret, ref s))
            {
                throw new InvalidDataException("check integers differ");
            }

            if (Text(secret, ref s) != "ssh-ed25519")
            {
                throw new InvalidDataException("not an ssh-ed25519 key");
            }

            Field(secret, ref s); // public key
            byte[] both = Field(secret, ref s); // seed || public key
            if (both.Length != 64)
            {
                throw new InvalidDataException("ssh-ed25519 private key of " + both.Length + " bytes");
            }

            return both.AsSpan(0, 32).ToArray();
        }

        /// <summary>The key file text for a seed and its 32-byte public key.</summary>
        public static string Write(byte[] seed, byte[] publicKey, string comment)
        {
            ArgumentNullException.ThrowIfNull(seed);
            ArgumentNullException.ThrowIfNull(publicKey);
            byte[] blob = Concat(String("ssh-ed25519"u8.ToArray()), String(publicKey));
            using var secret = new MemoryStream();
            byte[] check = new byte[4];
            System.Security.Cryptography.RandomNumberGenerator.Fill(check);
            secret.Write(check);
            secret.Write(check);
            secret.Write(blob);
            secret.Write(String(Concat(seed, publicKey)));
            secret.Write(String(Encoding.UTF8.GetBytes(comment)));
            for (byte pad = 1; secret.Length % 8 != 0; pad++)
            {
                secret.WriteByte(pad);
            }

            byte[] none = String("none"u8.ToArray());
            byte[] count = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(count, 1);
            byte[] all = Concat(Magic, none, none, String(Array.Empty<byte>()), count, String(blob), String(secret.ToArray()));
            string base64 = Convert.ToBase64String(all);
            var text = new StringBuilder(Begin).Append('\n');
            for (int i = 0; i < base64.Length; i += 70)
            {
                text.Append(base64.AsSpan(i, Math.Min(70, base64.Length - i))).Append('\n');
            }

            return text.Append(End).Append('\n').ToString();
        }

        private static byte[] String(byte[] value)
        {
            byte[] result = new byte[4 + value.Length];
            BinaryPrimitives.WriteUInt32BigEndian(result, (uint)value.Length);
            value.CopyTo(result, 4);
            return result;
        }

        private static byte[] Concat(params byte[][] parts)
        {
            using var all = new MemoryStream();
            foreach (byte[] part in parts)
            {
                all.Write(part);
            }

            return all.ToArray();
        }

        private static uint UInt32(byte[] data, ref int at)
        {
            if (data.Length - at < 4)
            {
                throw new InvalidDataException("key file truncated");
            }

            uint value = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at));
            at += 4;
            return value;
        }

        private static byte[] Field(byte[] data, ref int at)
        {
            uint length = UInt32(data, ref at);
            if (length > (uint)(data.Length - at))
            {
                throw new InvalidDataException("key file field overruns the file");
            }

            byte[] value = data.AsSpan(at, (int)length).ToArray();
            at += (int)length;
            return value;
        }

        private static string Text(byte[] data, ref int at) => Encoding.ASCII.GetString(Field(data, ref at));
    }
}
