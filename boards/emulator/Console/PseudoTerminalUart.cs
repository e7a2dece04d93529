using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Callhome.Hal;

namespace Callhome.Boards.Emulator.Console
{
    /// <summary>
    /// The emulated board's serial console as a real pseudo-terminal: the board holds the master side, and any
    /// serial tool (screen, minicom, pyserial, System.IO.Ports, callhome-provision) opens the slave path.
    /// The board keeps its own descriptor on the slave, so the line stays up (no EIO, no hang-up) while no tool
    /// has it open, and so the raw mode it sets (no echo, no line editing: the console does both) persists.
    /// Output with nobody reading is dropped once the pty buffer is full, as a UART's transmitter would.
    /// </summary>
    public sealed class PseudoTerminalUart : IUart, IDisposable
    {
        private readonly int master;
        private readonly int slave;
        private readonly byte[] scratch = new byte[1024];
        private readonly LibC.PollFd[] poll = new LibC.PollFd[1];
        private string? link;
        private bool disposed;

        public PseudoTerminalUart()
        {
            master = LibC.posix_openpt(LibC.ORdWr | LibC.ONoCtty | LibC.ONonBlock);
            if (master < 0)
            {
                throw Failure("posix_openpt");
            }

            byte[] name = new byte[256];
            if (LibC.grantpt(master) != 0 || LibC.unlockpt(master) != 0 || LibC.ptsname_r(master, name, (nuint)name.Length) != 0)
            {
                Exception failure = Failure("grantpt/unlockpt/ptsname_r");
                LibC.Close(master);
                throw failure;
            }

            int end = Array.IndexOf(name, (byte)0);
            SlavePath = Encoding.ASCII.GetString(name, 0, end);
            slave = LibC.Open(name, LibC.ORdWr | LibC.ONoCtty);
            byte[] termios = new byte[LibC.TermiosBytes];
            if (slave < 0 || LibC.tcgetattr(slave, termios) != 0)
            {
                Exception failure = Failure("open " + SlavePath);
                LibC.Close(master);
                throw failure;
            }

            LibC.cfmakeraw(termios);
            LibC.tcsetattr(slave, 0, termios);
        }

        /// <summary>/dev/pts/N: the path a serial tool opens.</summary>
        public string SlavePath { get; }

        public int BaudRate => 115200;

        /// <summary>Also reachable as <paramref name="path"/> (a symbolic link, replaced if present).</summary>
        public void LinkAs(string path)
        {
            if (File.Exists(path) || new FileInfo(path).LinkTarget != null)
            {
                File.Delete(path);
            }

            File.CreateSymbolicLink(path, SlavePath);
            link = path;
        }

        public int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            poll[0].Fd = master;
            poll[0].Events = LibC.PollIn;
            poll[0].Revents = 0;
            int ready = LibC.Poll(poll, 1, timeoutMilliseconds);
            if (ready <= 0 || (poll[0].Revents & LibC.PollIn) == 0)
            {
                return 0;
            }

            int chunk = Math.Min(count, scratch.Length);
            nint got = LibC.Read(master, scratch, (nuint)chunk);
            if (got <= 0)
            {
                return 0;
            }

            Array.Copy(scratch, 0, buffer, offset, (int)got);
            return (int)got;
        }

        public int Write(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            int done = 0;
            while (done < count)
            {
                int chunk = Math.Min(count - done, scratch.Length);
                Array.Copy(buffer, offset + done, scratch, 0, chunk);
                nint wrote = LibC.Write(master, scratch, (nuint)chunk);
                if (wrote <= 0)
                {
                    // EAGAIN: nobody drains the line; drop the rest like a UART with no receiver.
                    break;
                }

                done += (int)wrote;
            }

            return done;
        }

        public void Dispose()
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            LibC.Close(slave);
            LibC.Close(master);
            if (link != null)
            {
                File.Delete(link);
            }
        }

        private static IOException Failure(string call)
        {
            return new IOException(call + " failed: errno " + Marshal.GetLastPInvokeError().ToString());
        }
    }
}
