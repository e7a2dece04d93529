using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace Callhome.TestSupport
{
    /// <summary>
    /// `callhome-agent run` on the emulated board, as a child process: the DLL of the normal build (the test
    /// project builds it first), or the published NativeAOT binary when CALLHOME_FIRMWARE points at one.
    /// Output lines are queued as they arrive, so tests wait on a line with a deadline and never sleep.
    /// </summary>
    public sealed class FirmwareProcess : IDisposable
    {
        private static readonly TimeSpan BootTimeout = TimeSpan.FromSeconds(30);
        private readonly Process process;
        private readonly BlockingCollection<string> lines = new();
        private readonly StringBuilder transcript = new();

        private FirmwareProcess(string stateDirectory, string link, string[] extra)
        {
            ConsoleLink = link;
            var start = new ProcessStartInfo
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            string? native = Environment.GetEnvironmentVariable("CALLHOME_FIRMWARE");
            if (native != null && File.Exists(native))
            {
                start.FileName = native;
            }
            else
            {
                start.FileName = "dotnet";
                start.ArgumentList.Add(BuiltAssembly("firmware", "native", "callhome-agent.dll"));
            }

            // The emulated board unless the test names another.
            string board = "emulator";
            var rest = new System.Collections.Generic.List<string>();
            for (int i = 0; i < extra.Length; i++)
            {
                if (extra[i] == "--board" && i + 1 < extra.Length)
                {
                    board = extra[++i];
                }
                else
                {
                    rest.Add(extra[i]);
                }
            }

            extra = rest.ToArray();
            foreach (string argument in new[] { "run", "--board", board, "--state", stateDirectory, "--console-link", link })
            {
                start.ArgumentList.Add(argument);
            }

            foreach (string argument in extra)
            {
                start.ArgumentList.Add(argument);
            }

            process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Collect(e.Data);
            process.ErrorDataReceived += (_, e) => Collect(e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public string ConsoleLink { get; }

        public int Id => process.Id;

        public string Transcript
        {
            get
            {
                lock (transcript)
                {
                    return transcript.ToString();
                }
            }
        }

        /// <summary>Starts the firmware and waits until its console is up.</summary>
        public static FirmwareProcess Start(string stateDirectory)
        {
            return Start(stateDirectory, "[run] console: ");
        }

        /// <summary>Starts the firmware with more options and waits for the line starting <paramref name="ready"/>.</summary>
        public static FirmwareProcess Start(string stateDirectory, string ready, params string[] extra)
        {
            var firmware = new FirmwareProcess(stateDirectory, Path.Combine(stateDirectory, "console"), extra);
            try
            {
                firmware.WaitForLine(ready, BootTimeout);
                return firmware;
            }
            catch
            {
                firmware.Dispose();
                throw;
            }
        }

        /// <summary>A project's output in the configuration this test assembly was built in.</summary>
        public static string BuiltAssembly(string folder, string project, string file)
        {
            string configuration = AppContext.BaseDirectory.Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
            string path = RepoPaths.Combine(folder, project, "bin", configuration, "net10.0", file);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException("build the solution first: " + path + " is missing");
            }

            return path;
        }

        /// <returns>the first line starting with <paramref name="prefix"/>.</returns>
        public string WaitForLine(string prefix, TimeSpan timeout)
        {
            return WaitForLine(prefix, string.Empty, timeout);
        }

        /// <returns>the first line starting with <paramref name="prefix"/> that contains <paramref name="fragment"/>.</returns>
        public string WaitForLine(string prefix, string fragment, TimeSpan timeout)
        {
            var clock = Stopwatch.StartNew();
            while (true)
            {
                TimeSpan left = timeout - clock.Elapsed;
                if (left <= TimeSpan.Zero || !lines.TryTake(out string? line, left))
                {
                    throw new TimeoutException("firmware printed no line starting '" + prefix + "' with '" + fragment + "' within " + timeout + ":\n" + Transcript);
                }

                if (line.StartsWith(prefix, StringComparison.Ordinal) && line.Contains(fragment, StringComparison.Ordinal))
                {
                    return line;
                }
            }
        }

        public bool WaitForExit(TimeSpan timeout)
        {
            return process.WaitForExit(timeout);
        }

        public int ExitCode => process.ExitCode;

        /// <summary>Kills the process by its id if it still runs (power off: nothing is flushed).</summary>
        public void Dispose()
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit();
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            process.Dispose();
        }

        private void Collect(string? line)
        {
            if (line == null)
            {
                return;
            }

            lock (transcript)
            {
                transcript.AppendLine(line);
            }

            lines.Add(line);
        }
    }
}
