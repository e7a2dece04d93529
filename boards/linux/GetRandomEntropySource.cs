using System;
using System.Runtime.InteropServices;
using Callhome.Hal;

namespace Callhome.Boards.Linux
{
    /// <summary>Entropy from the kernel via getrandom(2), the source Linux boards use in place of a TRNG.</summary>
    public sealed class GetRandomEntropySource : IEntropySource
    {
        public unsafe void GetBytes(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            if (offset < 0 || count < 0 || buffer.Length - offset < count)
            {
                throw new ArgumentException("offset and count do not fit the buffer", nameof(buffer));
            }

            fixed (byte* start = buffer)
            {
                int done = 0;
                while (done < count)
                {
                    nint got = LibC.GetRandom(start + offset + done, (nuint)(count - done), 0);
                    if (got < 0)
                    {
                        int errno = Marshal.GetLastPInvokeError();
                        if (errno == LibC.EINTR)
                        {
                            continue;
                        }

                        throw new InvalidOperationException("getrandom failed, errno " + errno);
                    }

                    done += (int)got;
                }
            }
        }
    }
}
