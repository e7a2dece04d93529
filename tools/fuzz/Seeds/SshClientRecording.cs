using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Server;
using Callhome.Fuzz.Targets;

namespace Callhome.Fuzz.Seeds
{
    /// <summary>OpenSSH's ssh (-s echo, "captured" on stdin) against our seeded server over 127.0.0.1; records what
    /// ssh sends.</summary>
    internal static class SshClientRecording
    {
        public static Recording Record(string work)
        {
            ICryptoSuite suite = FuzzPlatform.Suite(FuzzPlatform.ServerEntropySeed);
            string identity = KeyFiles.Write(work, "device_ed25519", FuzzPlatform.DeviceSeed, suite);
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var start = new ProcessStartInfo("/usr/bin/ssh") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string arg in new[] { "-F", "/dev/null", "-i", identity, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
                "-o", "Ciphers=chacha20-poly1305@openssh.com", "-s", FuzzPlatform.UserName + "@127.0.0.1", "echo" })
            {
                start.ArgumentList.Add(arg);
            }

            using Process ssh = Process.Start(start)!;
            ssh.ErrorDataReceived += (_, _) => { };
            ssh.BeginErrorReadLine();
            ssh.StandardInput.Write("captured\n");
            ssh.StandardInput.Close();
            try
            {
                if (!listener.Server.Poll(20_000_000, SelectMode.SelectRead))
                {
                    throw new InvalidOperationException("ssh did not connect");
                }

                using Socket socket = listener.AcceptSocket();
                byte[] received = Serve(socket, suite);
                string output = ssh.StandardOutput.ReadToEnd();
                if (!ssh.WaitForExit(20000) || ssh.ExitCode != 0 || output != "captured\n")
                {
                    throw new InvalidOperationException("ssh did not complete the echo (exit " + (ssh.HasExited ? ssh.ExitCode : -1) + ", output '" + output + "')");
                }

                return new Recording(received);
            }
            finally
            {
                if (!ssh.HasExited)
                {
                    ssh.Kill();
                }
            }
        }

        /// <summary>Runs our server on the socket until either side ends; returns what the client sent.</summary>
        private static byte[] Serve(Socket socket, ICryptoSuite suite)
        {
            SshSessionConfig config = FuzzPlatform.ServerConfig(suite);
            using DeviceIdentity host = FuzzPlatform.Identity(suite, FuzzPlatform.HostSeed);
            var handlers = new SshServerHandlers();
            handlers.RegisterSubsystem("echo", new EchoHandler());
            using var server = new SshServerConnection(config, suite, new SeededEntropy(FuzzPlatform.ServerEntropySeed), new ManualClock(), host, handlers, null);
            server.Start();
            using var received = new MemoryStream();
            byte[] buffer = new byte[65536];
            while (true)
            {
                int pending;
                while ((pending = server.TakeOutput(buffer, 0, buffer.Length)) > 0)
                {
                    socket.Send(buffer, 0, pending, SocketFlags.None);
                }

                if (server.Session.IsClosed)
                {
                    break;
                }

                int n = socket.Poll(20_000_000, SelectMode.SelectRead) ? socket.Receive(buffer) : 0;
                if (n == 0)
                {
                    break;
                }

                received.Write(buffer, 0, n);
                server.Receive(buffer, 0, n);
            }

            return received.ToArray();
        }
    }
}
