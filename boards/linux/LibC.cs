using System.Runtime.InteropServices;

namespace Callhome.Boards.Linux
{
    /// <summary>The libc calls this board makes; every P/Invoke of the Linux HAL lives in this file.</summary>
    internal static partial class LibC
    {
        /// <summary>getrandom(2): blocks until the kernel pool is initialised, then never blocks.</summary>
        [LibraryImport("libc", EntryPoint = "getrandom", SetLastError = true)]
        internal static unsafe partial nint GetRandom(byte* buffer, nuint length, uint flags);

        internal const int EINTR = 4;
    }
}
