using System;
using System.IO;
using Callhome.Fuzz.Seeds;

namespace Callhome.Fuzz
{
    /// <summary>
    /// callhome-fuzz TARGET                 run TARGET under afl-fuzz (SharpFuzz's fork server; input on stdin)
    /// callhome-fuzz replay TARGET PATH...  run files (or every file of a folder) through TARGET once each
    /// callhome-fuzz seed CORPUS            record real traffic (OpenSSH sshd and ssh) into CORPUS/TARGET/
    /// callhome-fuzz list                   print the target names
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            ArgumentNullException.ThrowIfNull(args);
            if (args.Length == 1 && args[0] == "list")
            {
                Console.WriteLine(string.Join('\n', FuzzTargets.Names));
                return 0;
            }

            if (args.Length >= 2 && args[0] == "seed")
            {
                CorpusRecorder.Record(args[1], Console.Out);
                return 0;
            }

            if (args.Length >= 3 && args[0] == "replay")
            {
                return Replay(FuzzTargets.Find(args[1]), args[2..]);
            }

            if (args.Length == 1)
            {
                FuzzTarget target = FuzzTargets.Find(args[0]);
                SharpFuzz.Fuzzer.Run(stream =>
                {
                    using var memory = new MemoryStream();
                    stream.CopyTo(memory);
                    target(memory.ToArray());
                });
                return 0;
            }

            Console.Error.WriteLine("usage: callhome-fuzz TARGET | replay TARGET PATH... | seed CORPUS | list");
            return 2;
        }

        private static int Replay(FuzzTarget target, string[] paths)
        {
            int accepted = 0;
            int refused = 0;
            foreach (string path in paths)
            {
                string[] files = Directory.Exists(path) ? Directory.GetFiles(path) : new[] { path };
                Array.Sort(files, StringComparer.Ordinal);
                foreach (string file in files)
                {
                    try
                    {
                        if (target(File.ReadAllBytes(file)) == FuzzOutcome.Accepted)
                        {
                            accepted++;
                        }
                        else
                        {
                            refused++;
                        }
                    }
#pragma warning disable CA1031 // Reporting every crash is the point of a replay.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        Console.WriteLine("CRASH " + file + ": " + e);
                        return 1;
                    }
                }
            }

            Console.WriteLine(accepted + " accepted, " + refused + " refused with a protocol error");
            return 0;
        }
    }
}
