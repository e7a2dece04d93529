using System;
using System.Collections.Concurrent;
using System.Diagnostics;

namespace Callhome.TestSupport
{
    /// <summary>A peer program whose stdout lines are waited for, with a timeout (never by sleeping).</summary>
    public sealed class PeerLines : IDisposable
    {
        private readonly Process process;
        private readonly BlockingCollection<string> lines = new();
        private readonly System.Text.StringBuilder errors = new();

        public PeerLines(string program, params string[] arguments)
        {
            var start = new ProcessStartInfo(program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data == null)
                {
                    lines.CompleteAdding();
                }
                else
                {
                    lines.Add(e.Data);
                }
            };
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data != null)
                {
                    lock (errors)
                    {
                        errors.AppendLine(e.Data);
                    }
                }
            };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public string Errors
        {
            get
            {
                lock (errors)
                {
                    return errors.ToString();
                }
            }
        }

        /// <summary>The first line starting with prefix (earlier lines are skipped), or an exception with what
        /// the peer wrote on stderr.</summary>
        public string WaitFor(string prefix, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                TimeSpan left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !lines.TryTake(out string? line, left))
                {
                    throw new TimeoutException("no \"" + prefix + "\" line from the peer (exited: " + process.HasExited + ")\n" + Errors);
                }

                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return line;
                }
            }
        }

        public bool WaitForExit(TimeSpan timeout) => process.WaitForExit(timeout);

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            process.Dispose();
            lines.Dispose();
        }
    }
}
