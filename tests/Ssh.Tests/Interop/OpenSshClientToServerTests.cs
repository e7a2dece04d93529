using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Auth;
using Callhome.AgentCore.Ssh.Server;
using Callhome.Ssh.Tests.Peers;
using Callhome.Ssh.Tests.Support;
using Xunit;

namespace Callhome.Ssh.Tests.Interop
{
    /// <summary>
    /// OpenSSH's ssh client against our server role, call-home style: ssh's ProxyCommand listens on 127.0.0.1
    /// (socat TCP-LISTEN, or a python3 bridge when socat is missing) and our server dials out to it.
    /// </summary>
    public sealed class OpenSshClientToServerTests
    {
        private const string SshPath = "/usr/bin/ssh";
        private const string KeygenPath = "/usr/bin/ssh-keygen";

        private const string PythonBridge =
            "import os, select, socket, sys\n" +
            "s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n" +
            "s.bind(('127.0.0.1', int(sys.argv[1]))); s.listen(1)\n" +
            "c, _ = s.accept(); s.close()\n" +
            "fds = [0, c.fileno()]\n" +
            "while True:\n" +
            "    r, _, _ = select.select(fds, [], [])\n" +
            "    if 0 in r:\n" +
            "        d = os.read(0, 65536)\n" +
            "        if d:\n" +
            "            c.sendall(d)\n" +
            "        else:\n" +
            "            c.shutdown(socket.SHUT_WR); fds.remove(0)\n" +
            "    if c.fileno() in r:\n" +
            "        d = c.recv(65536)\n" +
            "        if not d:\n" +
            "            break\n" +
            "        os.write(1, d)\n";

        [SkippableTheory]
        [InlineData("subsystem", "socat")]
        [InlineData("exec", "socat")]
        [InlineData("subsystem", "python3")]
        public void OpenSshClientAuthenticatesAndEchoesThroughOurServer(string kind, string bridge)
        {
            Skip.IfNot(File.Exists(SshPath) && File.Exists(KeygenPath), "OpenSSH ssh client is not installed");
            string directory = Path.Combine(Path.GetTempPath(), "callhome-sshc-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            try
            {
                Run(kind, bridge == "socat" && File.Exists("/usr/bin/socat"), directory);
            }
            finally
            {
                Directory.Delete(directory, true);
            }
        }

        private static void Run(string kind, bool socat, string directory)
        {
            ICryptoSuite suite = TestPlatform.Suite(new SystemEntropy());
            using DeviceIdentity hostKey = TestPlatform.NewDevice(suite);
            string keyPath = Path.Combine(directory, "id_ed25519");
            RunTool(KeygenPath, directory, "-q", "-t", "ed25519", "-N", string.Empty, "-f", keyPath);
            string knownHosts = Path.Combine(directory, "known_hosts");
            File.WriteAllText(knownHosts, "callhome-device " + SshPublicKeyFormat.AuthorizedKeysLine(hostKey.PublicKeyBlob(), string.Empty) + "\n");

            var config = new SshSessionConfig(string.Empty, string.Empty);
            config.Role = SshRole.Server;
            config.AuthorizedKeys = AuthorizedKeys.Parse(File.ReadAllText(keyPath + ".pub"));
            Assert.Equal(1, config.AuthorizedKeys.Count);
            var handler = new WindowedEcho();
            var handlers = new SshServerHandlers();
            handlers.Exec = handler;
            handlers.RegisterSubsystem("echo", handler);
            using var server = new SshServerConnection(config, suite, new SystemEntropy(), new TestClock(), hostKey, handlers, null);

            int port = PeerProcess.FreeLoopbackPort();
            string proxy = socat
                ? "/usr/bin/socat - TCP-LISTEN:" + port + ",bind=127.0.0.1,reuseaddr"
                : "/usr/bin/python3 " + WriteBridge(directory) + " " + port;
            var start = new ProcessStartInfo(SshPath)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = directory,
            };
            foreach (string argument in new[]
            {
                "-F", "/dev/null", "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-i", keyPath,
                "-o", "UserKnownHostsFile=" + knownHosts, "-o", "GlobalKnownHostsFile=/dev/null", "-o", "StrictHostKeyChecking=yes",
                "-o", "ProxyCommand=" + proxy, "-o", "LogLevel=ERROR", "-l", "manager",
            })
            {
                start.ArgumentList.Add(argument);
            }

            // ssh stops parsing options at the host name: -s goes before it, the subsystem name or command after.
            if (kind == "subsystem")
            {
                start.ArgumentList.Add("-s");
            }

            start.ArgumentList.Add("callhome-device");
            start.ArgumentList.Add(kind == "subsystem" ? "echo" : "cat -");

            using var ssh = Process.Start(start)!;
            var stderr = new StringBuilder();
            ssh.ErrorDataReceived += (_, e) =>
            {
                lock (stderr)
                {
                    stderr.AppendLine(e.Data);
                }
            };
            ssh.BeginErrorReadLine();
            var output = new MemoryStream();
            Thread reader = new Thread(() => ssh.StandardOutput.BaseStream.CopyTo(output)) { IsBackground = true };
            reader.Start();
            string message = "hello from OpenSSH over " + kind + "\n" + new string('x', 200000) + "\n";
            Thread writer = new Thread(() =>
            {
                try
                {
                    ssh.StandardInput.Write(message);
                    ssh.StandardInput.Close();
                }
                catch (IOException)
                {
                }
            })
            { IsBackground = true };
            writer.Start();

            try
            {
                Drive(server, port, TimeSpan.FromSeconds(30));
                Assert.True(ssh.WaitForExit(20000), "ssh exits");
                reader.Join(5000);
                string log;
                lock (stderr)
                {
                    log = stderr.ToString();
                }

                Assert.True(server.Session.IsAuthenticated, "authenticated; ssh said: " + log);
                Assert.Equal("manager", server.Session.AuthenticatedUser);
                Assert.True(server.Session.IsStrictKex, "OpenSSH 9.2 offers strict kex");
                Assert.Equal(kind == "subsystem" ? "echo" : "cat -", handler.Argument);
                Assert.Equal(message, Encoding.ASCII.GetString(output.ToArray()));
                Assert.True((int)WindowedEcho.ExitCode == ssh.ExitCode, "exit status; ssh said: " + log);
            }
            finally
            {
                if (!ssh.HasExited)
                {
                    ssh.Kill(true);
                }
            }
        }

        /// <summary>A minimal driver: dial the ProxyCommand's listener (retrying until it listens), then move
        /// bytes and fire timers until the session ends.</summary>
        private static void Drive(SshServerConnection server, int port, TimeSpan limit)
        {
            var clock = Stopwatch.StartNew();
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            while (true)
            {
                try
                {
                    socket.Connect(IPAddress.Loopback, port);
                    break;
                }
                catch (SocketException) when (clock.Elapsed < TimeSpan.FromSeconds(10))
                {
                    Thread.Sleep(20);
                }
            }

            byte[] buffer = new byte[65536];
            server.Start();
            while (!server.Session.IsClosed && clock.Elapsed < limit)
            {
                int n;
                while ((n = server.TakeOutput(buffer, 0, buffer.Length)) > 0)
                {
                    socket.Send(buffer, 0, n, SocketFlags.None);
                }

                if (socket.Poll(20000, SelectMode.SelectRead))
                {
                    n = socket.Receive(buffer);
                    if (n == 0)
                    {
                        server.Session.OnStreamClosed("peer closed the stream");
                        break;
                    }

                    server.Receive(buffer, 0, n);
                }

                server.OnTimer(clock.ElapsedMilliseconds);
            }

            int rest;
            while ((rest = server.TakeOutput(buffer, 0, buffer.Length)) > 0)
            {
                try
                {
                    socket.Send(buffer, 0, rest, SocketFlags.None);
                }
                catch (SocketException)
                {
                    break;
                }
            }
        }

        private static string WriteBridge(string directory)
        {
            string path = Path.Combine(directory, "bridge.py");
            File.WriteAllText(path, PythonBridge);
            return path;
        }

        private static void RunTool(string fileName, string directory, params string[] arguments)
        {
            var start = new ProcessStartInfo(fileName) { UseShellExecute = false, WorkingDirectory = directory, RedirectStandardOutput = true };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(20000));
            Assert.Equal(0, process.ExitCode);
        }

        /// <summary>Echoes within the client's window; after the client's EOF: exit-status 7, EOF, CLOSE.</summary>
        private sealed class WindowedEcho : ISshServerHandler
        {
            public const uint ExitCode = 7;

            private byte[] queue = new byte[65536];
            private int length;
            private int sent;
            private bool eof;
            private bool finished;

            public string Argument { get; private set; } = string.Empty;

            public bool OnRequest(int channelId, string requestType, string argument)
            {
                Argument = argument;
                return true;
            }

            public void OnStarted(SshServerConnection connection, int channelId)
            {
            }

            public void OnData(SshServerConnection connection, int channelId, uint dataType, byte[] data, int offset, int count)
            {
                if (length + count > queue.Length)
                {
                    Array.Resize(ref queue, Math.Max(queue.Length * 2, length + count));
                }

                Array.Copy(data, offset, queue, length, count);
                length += count;
                Flush(connection, channelId);
            }

            public void OnWindowAdjusted(SshServerConnection connection, int channelId) => Flush(connection, channelId);

            public void OnEof(SshServerConnection connection, int channelId)
            {
                eof = true;
                Flush(connection, channelId);
            }

            public void OnClosed(SshServerConnection connection, int channelId)
            {
            }

            private void Flush(SshServerConnection connection, int channelId)
            {
                while (sent < length)
                {
                    int n = connection.Channels.SendData(channelId, queue, sent, length - sent);
                    if (n == 0)
                    {
                        return;
                    }

                    sent += n;
                }

                if (eof && !finished)
                {
                    finished = true;
                    connection.Channels.SendExitStatus(channelId, ExitCode);
                    connection.Channels.SendEof(channelId);
                    connection.Channels.Close(channelId);
                }
            }
        }
    }
}
