using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;

namespace Callhome.Ssh.Tests.Peers
{
    /// <summary>
    /// A stock SSH client process (ssh, dbclient, the paramiko script) run against our server: stdin fed from
    /// a byte array (then closed) or kept open, stdout collected as bytes, stderr as text. A "LISTENING port"
    /// line on either stream (the proxy bridge, or the paramiko script in --listen mode) is reported through
    /// <see cref="WaitForListeningPort"/>. Stopped and continued by PID (SIGSTOP/SIGCONT) for the keepalive
    /// tests; killed with its tree on Dispose.
    /// </summary>
    internal sealed partial class ClientProcess : IDisposable
    {
        private readonly Process process;
        private readonly MemoryStream output = new();
        private readonly StringBuilder errors = new();
        private readonly ManualResetEventSlim listening = new(false);
        private readonly ManualResetEventSlim errorLineSeen = new(false);
        private string? awaitedErrorText;
        private readonly Thread outputReader;
        private int port;

        private ClientProcess(Process process)
        {
            this.process = process;
            outputReader = new Thread(ReadOutput) { IsBackground = true };
        }

        public int Id => process.Id;

        public int ExitCode => process.ExitCode;

        public byte[] Output
        {
            get
            {
                lock (output)
                {
                    return output.ToArray();
                }
            }
        }

        public string OutputText => Encoding.UTF8.GetString(Output);

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

        /// <summary>Starts the client; stdin gets input and is closed, or stays open when input is null.</summary>
        public static ClientProcess Start(string fileName, IEnumerable<string> arguments, string directory,
            IDictionary<string, string>? environment, byte[]? input)
        {
            var start = new ProcessStartInfo(fileName)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = directory,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment.Remove("SSH_AUTH_SOCK");
            if (environment != null)
            {
                foreach (KeyValuePair<string, string> pair in environment)
                {
                    start.Environment[pair.Key] = pair.Value;
                }
            }

            var client = new ClientProcess(new Process { StartInfo = start });
            client.process.ErrorDataReceived += (_, e) => client.OnErrorLine(e.Data);
            client.process.Start();
            client.process.BeginErrorReadLine();
            client.outputReader.Start();
            if (input != null)
            {
                Stream stdin = client.process.StandardInput.BaseStream;
                new Thread(() =>
                {
                    try
                    {
                        stdin.Write(input, 0, input.Length);
                        stdin.Close();
                    }
                    catch (IOException)
                    {
                        // The client exited first (a refusal test): nothing more to feed.
                    }
                })
                { IsBackground = true }.Start();
            }

            return client;
        }

        /// <summary>The port of the "LISTENING port" line, or throws after the timeout (with what the client said).</summary>
        public int WaitForListeningPort(int timeoutMilliseconds)
        {
            if (!listening.Wait(timeoutMilliseconds))
            {
                throw new TimeoutException("no LISTENING line within " + timeoutMilliseconds + " ms: " + Errors + OutputText);
            }

            return port;
        }

        /// <summary>Waits for a stderr line containing text (e.g. socat -d -d's "listening on"); false on timeout.</summary>
        public bool WaitForErrorLine(string text, int timeoutMilliseconds)
        {
            lock (errors)
            {
                awaitedErrorText = text;
                if (errors.ToString().Contains(text, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return errorLineSeen.Wait(timeoutMilliseconds);
        }

        public bool WaitForExit(int timeoutMilliseconds)
        {
            if (!process.WaitForExit(timeoutMilliseconds))
            {
                return false;
            }

            outputReader.Join(timeoutMilliseconds);
            process.WaitForExit(); // drains the stderr events
            return true;
        }

        public void Stop() => Signal("-STOP");

        public void Continue() => Signal("-CONT");

        public void Dispose()
        {
            try
            {
                if (!process.HasExited)
                {
                    Signal("-CONT");
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit();
                }
            }
            catch (InvalidOperationException)
            {
            }

            process.Dispose();
            listening.Dispose();
            errorLineSeen.Dispose();
        }

        [GeneratedRegex(@"LISTENING (\d+)\n")]
        private static partial Regex ListeningLine();

        private void Signal(string signal)
        {
            using var kill = Process.Start(new ProcessStartInfo("/bin/kill") { ArgumentList = { signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
            kill.WaitForExit();
        }

        private void OnErrorLine(string? line)
        {
            if (line == null)
            {
                return;
            }

            lock (errors)
            {
                errors.Append(line).Append('\n');
                if (awaitedErrorText != null && line.Contains(awaitedErrorText, StringComparison.Ordinal))
                {
                    errorLineSeen.Set();
                }
            }

            NoteListening(line + "\n");
        }

        private void ReadOutput()
        {
            Stream stdout = process.StandardOutput.BaseStream;
            byte[] buffer = new byte[65536];
            int n;
            while ((n = stdout.Read(buffer, 0, buffer.Length)) > 0)
            {
                lock (output)
                {
                    output.Write(buffer, 0, n);
                }

                if (!listening.IsSet)
                {
                    NoteListening(OutputText);
                }
            }
        }

        private void NoteListening(string text)
        {
            Match match = ListeningLine().Match(text);
            if (match.Success && !listening.IsSet)
            {
                port = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                listening.Set();
            }
        }
    }
}
