using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using Callhome.TestSupport;

namespace Callhome.Interop.Tests.Peers
{
    /// <summary>
    /// A throwaway OpenSSH sshd on 127.0.0.1: a fresh temporary directory with its own Ed25519 host key and
    /// sshd_config, started in the foreground (-D) logging to stderr (-e), which <see cref="Log"/> collects.
    /// <see cref="Start"/> returns once the port answers with an SSH banner; Dispose kills the process tree by
    /// PID and deletes the directory. Extra sshd_config lines (authentication setup, algorithm lists, LogLevel)
    /// can be passed for other interop tests.
    /// </summary>
    public sealed class OpenSshServer : IDisposable
    {
        public const string SshdPath = "/usr/sbin/sshd";
        public const string SshKeygenPath = "/usr/bin/ssh-keygen";
        private const string PrivilegeSeparationDirectory = "/run/sshd";
        private const int PortAttempts = 3;

        private readonly Process process;
        private readonly StringBuilder log;
        private readonly ManualResetEventSlim listeningOrExited;

        private OpenSshServer(Process process, StringBuilder log, ManualResetEventSlim listeningOrExited, string directory,
            int port, string serverVersion)
        {
            this.process = process;
            this.log = log;
            this.listeningOrExited = listeningOrExited;
            Directory = directory;
            Port = port;
            ServerVersion = serverVersion;
        }

        public static bool IsInstalled => File.Exists(SshdPath) && File.Exists(SshKeygenPath);

        public string Host { get; } = "127.0.0.1";

        public int Port { get; }

        /// <summary>The temporary directory holding sshd_config and the host key; deleted on Dispose.</summary>
        public string Directory { get; }

        public string HostKeyPath => Path.Combine(Directory, "ssh_host_ed25519_key");

        /// <summary>The host public key as one OpenSSH line ("ssh-ed25519 AAAA... comment").</summary>
        public string HostPublicKey => File.ReadAllText(HostKeyPath + ".pub").Trim();

        /// <summary>The identification string the server sent when <see cref="Start"/> probed it.</summary>
        public string ServerVersion { get; }

        public int ProcessId => process.Id;

        /// <summary>Everything sshd wrote to stderr so far.</summary>
        public string Log
        {
            get
            {
                lock (log)
                {
                    return log.ToString();
                }
            }
        }

        public static OpenSshServer Start(IEnumerable<string>? extraConfigLines = null, TimeSpan? startTimeout = null)
        {
            if (!IsInstalled)
            {
                throw new InvalidOperationException(SshdPath + " or " + SshKeygenPath + " is not installed");
            }

            TimeSpan timeout = startTimeout ?? TimeSpan.FromSeconds(30);
            string directory = System.IO.Directory.CreateTempSubdirectory("callhome-sshd-").FullName;
            try
            {
                EnsurePrivilegeSeparationDirectory();
                string hostKey = Path.Combine(directory, "ssh_host_ed25519_key");
                ProcessResult keygen = ProcessRunner.Run(SshKeygenPath,
                    new[] { "-q", "-t", "ed25519", "-N", string.Empty, "-C", "callhome-interop", "-f", hostKey }, timeout);
                if (keygen.ExitCode != 0)
                {
                    throw new InvalidOperationException("ssh-keygen failed: " + keygen.Describe());
                }

                var extra = new List<string>(extraConfigLines ?? Array.Empty<string>());
                string? lastFailure = null;
                for (int attempt = 0; attempt < PortAttempts; attempt++)
                {
                    // The port is free when chosen but could be taken before sshd binds it; then sshd exits
                    // and the next attempt picks another. (OpenSSH >= 9.8 would also need "PerSourcePenalties no"
                    // for tests that connect often without authenticating; 9.2 on Debian 12 has no penalties.)
                    int port = FreeLoopbackPort();
                    string config = Path.Combine(directory, "sshd_config");
                    File.WriteAllText(config, ConfigText(port, hostKey, directory, extra));
                    OpenSshServer? server = TryStart(config, directory, port, timeout, out lastFailure);
                    if (server != null)
                    {
                        return server;
                    }

                    if (lastFailure == null || !lastFailure.Contains("Address already in use", StringComparison.Ordinal))
                    {
                        break;
                    }
                }

                throw new InvalidOperationException("sshd did not start: " + lastFailure);
            }
            catch
            {
                DeleteDirectory(directory);
                throw;
            }
        }

        public void Dispose()
        {
            try
            {
                if (!process.HasExited)
                {
                    // sshd -D forks one child per connection; kill the listener and those children by PID.
                    process.Kill(entireProcessTree: true);
                }

                process.WaitForExit();
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
            finally
            {
                process.Dispose();
                listeningOrExited.Dispose();
                DeleteDirectory(Directory);
            }
        }

        private static string ConfigText(int port, string hostKey, string directory, IEnumerable<string> extra)
        {
            var text = new StringBuilder();
            text.Append("ListenAddress 127.0.0.1\n");
            text.Append("Port ").Append(port.ToString(CultureInfo.InvariantCulture)).Append('\n');
            text.Append("HostKey ").Append(hostKey).Append('\n');
            text.Append("PidFile none\n");
            text.Append("UsePAM no\n");
            text.Append("StrictModes no\n");
            text.Append("PasswordAuthentication no\n");
            text.Append("KbdInteractiveAuthentication no\n");
            text.Append("AuthorizedKeysFile ").Append(Path.Combine(directory, "authorized_keys")).Append('\n');
            text.Append("Subsystem sftp internal-sftp\n");
            foreach (string line in extra)
            {
                text.Append(line).Append('\n');
            }

            return text.ToString();
        }

        private static OpenSshServer? TryStart(string config, string directory, int port, TimeSpan timeout, out string? failure)
        {
            failure = null;
            var start = new ProcessStartInfo(SshdPath)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                WorkingDirectory = directory,
            };
            foreach (string argument in new[] { "-D", "-e", "-f", config })
            {
                start.ArgumentList.Add(argument);
            }

            var log = new StringBuilder();
            var listeningOrExited = new ManualResetEventSlim(false);
            var process = new Process { StartInfo = start, EnableRaisingEvents = true };
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data == null)
                {
                    return;
                }

                lock (log)
                {
                    log.Append(e.Data).Append('\n');
                }

                if (e.Data.Contains("Server listening on", StringComparison.Ordinal))
                {
                    SetIfAlive(listeningOrExited);
                }
            };
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data != null)
                {
                    lock (log)
                    {
                        log.Append(e.Data).Append('\n');
                    }
                }
            };
            process.Exited += (_, _) => SetIfAlive(listeningOrExited);

            var clock = Stopwatch.StartNew();
            process.Start();
            process.StandardInput.Close();
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            try
            {
                // Wake on sshd's "Server listening" line or its exit, then confirm by connecting; between
                // attempts wait on the process exiting (an event), never a fixed sleep.
                listeningOrExited.Wait(Remaining(clock, timeout));
                while (!process.HasExited && clock.Elapsed < timeout)
                {
                    string? version = TryReadBanner(port, Remaining(clock, timeout));
                    if (version != null)
                    {
                        return new OpenSshServer(process, log, listeningOrExited, directory, port, version);
                    }

                    process.WaitForExit(TimeSpan.FromMilliseconds(Math.Min(100, Remaining(clock, timeout).TotalMilliseconds)));
                }
            }
            catch
            {
                KillQuietly(process);
                process.WaitForExit();
                process.Dispose();
                listeningOrExited.Dispose();
                throw;
            }

            bool exited = process.HasExited;
            KillQuietly(process);
            process.WaitForExit();
            lock (log)
            {
                failure = (exited ? "sshd exited with " + process.ExitCode : "no SSH banner on port " + port + " within " + timeout)
                    + "; its log:\n" + log;
            }

            process.Dispose();
            listeningOrExited.Dispose();
            return null;
        }

        private static void SetIfAlive(ManualResetEventSlim signal)
        {
            try
            {
                signal.Set();
            }
            catch (ObjectDisposedException)
            {
                // The server was disposed while sshd was still writing.
            }
        }

        /// <summary>Connects and reads the server's identification line (RFC 4253 §4.2); null if refused.</summary>
        private static string? TryReadBanner(int port, TimeSpan timeout)
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.ReceiveTimeout = (int)Math.Max(1, timeout.TotalMilliseconds);
            try
            {
                socket.Connect(IPAddress.Loopback, port);
                var line = new StringBuilder();
                var buffer = new byte[1];
                while (socket.Receive(buffer) == 1)
                {
                    if (buffer[0] == (byte)'\n')
                    {
                        string text = line.ToString().TrimEnd('\r');
                        if (text.StartsWith("SSH-", StringComparison.Ordinal))
                        {
                            return text;
                        }

                        line.Clear();
                        continue;
                    }

                    line.Append((char)buffer[0]);
                }

                return null;
            }
            catch (SocketException)
            {
                return null;
            }
        }

        private static int FreeLoopbackPort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        /// <summary>As root, sshd needs its privilege separation chroot directory (Debian creates it at boot
        /// from a tmpfiles rule, which containers skip): root-owned, not group- or world-writable.</summary>
        private static void EnsurePrivilegeSeparationDirectory()
        {
            if (OperatingSystem.IsLinux() && Environment.IsPrivilegedProcess && !System.IO.Directory.Exists(PrivilegeSeparationDirectory))
            {
                System.IO.Directory.CreateDirectory(PrivilegeSeparationDirectory,
                    UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                    UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            }
        }

        private static TimeSpan Remaining(Stopwatch clock, TimeSpan timeout)
        {
            TimeSpan remaining = timeout - clock.Elapsed;
            return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
        }

        private static void KillQuietly(Process process)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }

        private static void DeleteDirectory(string directory)
        {
            try
            {
                System.IO.Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a temp directory left behind is harmless.
            }
            catch (UnauthorizedAccessException)
            {
                // Same.
            }
        }
    }
}
