using Callhome.AgentCore.Crypto;

namespace Callhome.AgentCore.Ssh.Kex
{
    /// <summary>Feeds RFC 4251 encodings (string, mpint) into a hash without building the whole input.</summary>
    public static class HashWriter
    {
        public static void UpdateUInt32(IHashFunction hash, uint value)
        {
            byte[] bytes = new byte[4];
            bytes[0] = (byte)(value >> 24);
            bytes[1] = (byte)(value >> 16);
            bytes[2] = (byte)(value >> 8);
            bytes[3] = (byte)value;
            hash.Update(bytes, 0, 4);
        }

        public static void UpdateString(IHashFunction hash, byte[] data, int offset, int count)
        {
            UpdateUInt32(hash, (uint)count);
            hash.Update(data, offset, count);
        }

        /// <summary>RFC 4251 §5 mpint of an unsigned big-endian magnitude.</summary>
        public static byte[] EncodeMpint(byte[] magnitude)
        {
            byte[] buffer = new byte[magnitude.Length + 5];
            Wire.SshWriter writer = new Wire.SshWriter(buffer, 0);
            writer.WriteMpint(magnitude, 0, magnitude.Length);
            if (writer.Length == buffer.Length)
            {
                return buffer;
            }

            byte[] exact = new byte[writer.Length];
            System.Array.Copy(buffer, 0, exact, 0, writer.Length);
            ConstantTime.Wipe(buffer);
            return exact;
        }
    }
}
