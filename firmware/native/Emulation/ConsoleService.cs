using System;
using System.IO;
using System.Threading;
using Callhome.AgentCore.Console;
using Callhome.Boards.Emulator.Console;

namespace Callhome.Firmware.Native.Emulation
{
    /// <summary>One device's serial console: the portable interpreter on a pseudo-terminal, on its own thread.</summary>
    public sealed class ConsoleService : IDisposable
    {
        private const int PollMilliseconds = 200;
        private readonly ConsoleInterpreter console;
        private readonly PseudoTerminalUart uart = new PseudoTerminalUart();
        private readonly byte[] buffer = new byte[256];
        private readonly Thread thread;
        private volatile bool stopping;

        public ConsoleService(ConsoleInterpreter console, string link)
        {
            this.console = console ?? throw new ArgumentNullException(nameof(console));
            if (link.Length != 0)
            {
                uart.LinkAs(Path.GetFullPath(link));
            }

            thread = new Thread(Run) { IsBackground = true, Name = "console" };
        }

        public string SlavePath => uart.SlavePath;

        public void Start()
        {
            console.Start();
            thread.Start();
        }

        public void Dispose()
        {
            stopping = true;
            if (thread.IsAlive)
            {
                thread.Join();
            }

            Drain();
            uart.Dispose();
        }

        private void Run()
        {
            while (!stopping)
            {
                Drain();
                int got = uart.Read(buffer, 0, buffer.Length, PollMilliseconds);
                if (got > 0)
                {
                    console.Feed(buffer, 0, got);
                }
            }
        }

        private void Drain()
        {
            while (console.Output.Available > 0)
            {
                int count = console.Output.Read(buffer, 0, buffer.Length);
                uart.Write(buffer, 0, count, PollMilliseconds);
            }
        }
    }
}
