using System.Runtime.InteropServices;

namespace Callhome.Boards.Emulator.Console
{
    /// <summary>The libc calls behind the console pseudo-terminal (glibc on linux-x64 and linux-arm64).</summary>
    internal static partial class LibC
    {
        public const int ORdWr = 0x2;
        public const int ONoCtty = 0x100;
        public const int ONonBlock = 0x800;
        public const short PollIn = 0x1;
        public const short PollErr = 0x8;
        public const short PollHup = 0x10;
        public const int EIntr = 4;
        public const int EAgain = 11;
        public const int EIo = 5;

        /// <summary>struct termios is 60 bytes on glibc; it is only passed through cfmakeraw, never parsed.</summary>
        public const int TermiosBytes = 128;

        [LibraryImport("libc", SetLastError = true)]
        public static partial int posix_openpt(int flags);

        [LibraryImport("libc", SetLastError = true)]
        public static partial int grantpt(int fd);

        [LibraryImport("libc", SetLastError = true)]
        public static partial int unlockpt(int fd);

        [LibraryImport("libc", SetLastError = true)]
        public static partial int ptsname_r(int fd, [Out] byte[] buffer, nuint length);

        [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
        public static partial int Open([In] byte[] path, int flags);

        [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
        public static partial int Close(int fd);

        [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
        public static partial nint Read(int fd, [Out] byte[] buffer, nuint count);

        [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
        public static partial nint Write(int fd, [In] byte[] buffer, nuint count);

        [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
        public static partial int Poll([In, Out] PollFd[] fds, nuint count, int timeoutMilliseconds);

        [LibraryImport("libc", SetLastError = true)]
        public static partial int tcgetattr(int fd, [Out] byte[] termios);

        [LibraryImport("libc")]
        public static partial void cfmakeraw([In, Out] byte[] termios);

        [LibraryImport("libc", SetLastError = true)]
        public static partial int tcsetattr(int fd, int optionalActions, [In] byte[] termios);

        [StructLayout(LayoutKind.Sequential)]
        public struct PollFd
        {
            public int Fd;
            public short Events;
            public short Revents;
        }
    }
}
