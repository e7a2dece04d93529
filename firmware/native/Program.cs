using System;

namespace Callhome.Firmware.Native
{
    /// <summary>
    /// callhome-agent COMMAND [options]. Commands:
    ///   boot     --board emulator|linux --state DIR   scripted boot: board, clock, entropy, self-test, identity
    ///   run      --board emulator --state DIR [--device ups|pdu|printer]... [--console-link PATH]
    ///            [--scenario FILE] [--speed N|max] [--until TIME] [--report TIME] [--control SOCKET]
    ///                                                 boot, run the device models on the emulated boards,
    ///                                                 serve each console on a pty
    ///   selftest                                      crypto known-answer tests on the selected backend
    ///   keygen   --state DIR                          load or create the device key; print it for enrolment
    ///   sign     --state DIR --hex HEX                sign bytes with the device key (for enrolment checks)
    /// Common: --crypto bouncycastle (the lean portable backend arrives with its own issue).
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            CommandLine line;
            try
            {
                line = CommandLine.Parse(args);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                Console.Error.WriteLine(CommandLine.Usage);
                return 2;
            }

            try
            {
                return line.Command switch
                {
                    "boot" => BootCommand.Run(line, Console.Out),
                    "run" => RunCommand.Run(line, Console.Out),
                    "selftest" => SelfTestCommand.Run(line, Console.Out),
                    "keygen" => KeyCommands.Keygen(line, Console.Out),
                    "sign" => KeyCommands.Sign(line, Console.Out),
                    _ => Usage(line.Command),
                };
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return 2;
            }
            catch (InvalidOperationException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return 1;
            }
        }

        private static int Usage(string command)
        {
            Console.Error.WriteLine("error: unknown command '" + command + "'");
            Console.Error.WriteLine(CommandLine.Usage);
            return 2;
        }
    }
}
