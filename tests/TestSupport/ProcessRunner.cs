using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace Callhome.TestSupport
{
    public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
    {
        public string Describe() => "exit " + ExitCode + "\n--- stdout\n" + StandardOutput + "\n--- stderr\n" + StandardError;
    }

    /// <summary>Runs a program to completion or kills it at the timeout (waiting on its exit, never sleeping).</summary>
    public static class ProcessRunner
    {
        public static ProcessResult Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
        {
            var start = new ProcessStartInfo(fileName)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = new Process { StartInfo = start };
            var output = new StringBuilder();
            var error = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (error) { error.AppendLine(e.Data); } } };
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException(fileName + " did not finish within " + timeout + "\n" + output + error);
            }

            process.WaitForExit();
            return new ProcessResult(process.ExitCode, output.ToString(), error.ToString());
        }

        /// <summary>The full path of a program on PATH, or null when it is not installed.</summary>
        public static string? Which(string program)
        {
            if (program.Contains('/', StringComparison.Ordinal))
            {
                return File.Exists(program) ? program : null;
            }

            foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':'))
            {
                string candidate = Path.Combine(directory, program);
                if (directory.Length > 0 && File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }
}
