using System;
using System.Diagnostics;
using System.IO;

namespace Callhome.Netconf.Tests.Yang
{
    /// <summary>Runs Debian's yanglint (libyang2-tools) over our modules, as a throwaway process.</summary>
    internal static class Yanglint
    {
        public const string Binary = "/usr/bin/yanglint";

        public static bool Available => File.Exists(Binary);

        /// <summary>The folder with our .yang modules, found from the test's output folder up to the repo.</summary>
        public static string ModuleFolder
        {
            get
            {
                for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
                {
                    string candidate = Path.Combine(dir.FullName, "agent-core", "Netconf", "Yang");
                    if (Directory.Exists(candidate))
                    {
                        return candidate;
                    }
                }

                throw new DirectoryNotFoundException("agent-core/Netconf/Yang above " + AppContext.BaseDirectory);
            }
        }

        public static string[] Modules => Directory.GetFiles(ModuleFolder, "*.yang");

        /// <summary>Runs yanglint with the arguments; returns its exit code and everything it printed.</summary>
        public static (int ExitCode, string Output) Run(params string[] arguments)
        {
            var start = new ProcessStartInfo(Binary)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(60_000))
            {
                process.Kill();
                throw new TimeoutException("yanglint did not finish in 60 s");
            }

            return (process.ExitCode, stdout + stderr.Result);
        }
    }
}
