using System;

namespace Callhome.AgentCore.Crypto
{
    /// <summary>
    /// Checks every crypto entry point runs before touching a buffer, so bad lengths fail with the
    /// parameter's name rather than an index error deep inside a primitive.
    /// </summary>
    public static class Arguments
    {
        public static void CheckRange(byte[]? buffer, int offset, int count, string name)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(name);
            }

            if (offset < 0 || count < 0 || offset > buffer.Length || buffer.Length - offset < count)
            {
                throw new ArgumentException("offset " + offset + " and length " + count
                    + " do not fit in " + buffer.Length + " bytes", name);
            }
        }

        public static void CheckExact(byte[]? buffer, int offset, int count, int required, string name)
        {
            if (count != required)
            {
                throw new ArgumentException("must be " + required + " bytes, not " + count, name);
            }

            CheckRange(buffer, offset, count, name);
        }

        public static void CheckKeyLength(int length, int allowedA, int allowedB, string name)
        {
            if (length != allowedA && length != allowedB)
            {
                throw new ArgumentException("must be " + allowedA + " or " + allowedB + " bytes, not " + length, name);
            }
        }
    }
}
