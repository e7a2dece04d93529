using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using Callhome.AgentCore.Config;
using Callhome.AgentCore.Console;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.Boards.Emulator;
using Callhome.Boards.Emulator.Console;

namespace Callhome.Firmware.Native
{
    /// <summary>
    /// The device's main loop on the emulated board: self-test, load the configuration from the board's flash
    /// (factory defaults when it holds none), load or create the device key, then serve the provisioning
    /// console on a pseudo-terminal until the operator types `reboot` or the process gets SIGTERM.
    /// </summary>
    public static class RunCommand
    {
        private const int PollMilliseconds = 200;

        public static int Run(CommandLine line, TextWriter output)
        {
            if (line.Get("board", "emulator") != "emulator")
            {
                throw new ArgumentException("run supports --board emulator only so far");
            }

            var board = new EmulatedBoard("ups", line.Require("state"));
            output.WriteLine("[run] board: emulated " + board.Model + " controller, state in " + board.StateDirectory);
            ICryptoSuite suite = CryptoBackends.FromCommandLine(line, board.Entropy);
            var report = new TextSelfTestReport(TextWriter.Null);
            int failures = CryptoSelfTest.Run(suite, report);
            output.WriteLine("[run] self-test " + suite.Name + ": " + report.Passed + " passed, " + failures + " failed");
            if (failures != 0)
            {
                return 1;
            }

            var store = new ConfigStore(board.Flash, EmulatedBoardProfile.ConfigFirstPage, EmulatedBoardProfile.ConfigPagesPerSlot);
            DeviceConfig config = store.Load();
            output.WriteLine("[run] config: " + store.LoadStatus + " (" + store.LoadDetail + "), name " + config.DeviceName);

            DeviceIdentity identity = DeviceIdentity.LoadOrCreate(board.KeyStore, suite);
            output.WriteLine("[run] identity: " + (identity.Created ? "generated" : "loaded") + " device key, fingerprint "
                + SshPublicKeyFormat.Sha256Fingerprint(identity.PublicKeyBlob(), suite));

            using var uart = new PseudoTerminalUart();
            string link = line.Get("console-link", string.Empty);
            if (link.Length != 0)
            {
                uart.LinkAs(Path.GetFullPath(link));
            }

            var console = new ConsoleInterpreter(store, board.KeyStore, suite, config, identity) { Echo = true };
            bool stop = false;
            console.Committed += _ => board.PersistFlash();
            console.RebootRequested += _ => stop = true;
            using PosixSignalRegistration term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                Volatile.Write(ref stop, true);
            });

            output.WriteLine("[run] console: " + uart.SlavePath + (link.Length != 0 ? " (link " + link + ")" : string.Empty) + ", 115200 8N1");
            output.Flush();
            console.Start();
            byte[] buffer = new byte[256];
            while (!Volatile.Read(ref stop))
            {
                Drain(console, uart, buffer);
                int got = uart.Read(buffer, 0, buffer.Length, PollMilliseconds);
                if (got > 0)
                {
                    console.Feed(buffer, 0, got);
                }
            }

            Drain(console, uart, buffer);
            output.WriteLine("[run] " + (console.HasUncommittedChanges ? "stopping; uncommitted changes discarded" : "stopping"));
            return 0;
        }

        private static void Drain(ConsoleInterpreter console, PseudoTerminalUart uart, byte[] buffer)
        {
            while (console.Output.Available > 0)
            {
                int count = console.Output.Read(buffer, 0, buffer.Length);
                uart.Write(buffer, 0, count, PollMilliseconds);
            }
        }
    }
}
