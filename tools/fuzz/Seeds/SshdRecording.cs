using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Client;

namespace Callhome.Fuzz.Seeds
{
    /// <summary>Our seeded client against a throwaway OpenSSH sshd on 127.0.0.1 whose host key is FuzzPlatform's
    /// (so the client's pin holds on replay); records what sshd sends.</summary>
    internal static class SshdRecording
    {
        public static Recording Record(string work)
        {
            ICryptoSuite suite = FuzzPlatform.Suite(FuzzPlatform.ClientEntropySeed);
            string hostKey = KeyFiles.Write(work, "host_ed25519", FuzzPlatform.HostSeed, suite);
            using DeviceIdentity device = FuzzPlatform.Identity(suite, FuzzPlatform.DeviceSeed);
            File.WriteAllText(Path.Combine(work, "authorized_keys"), SshPublicKeyFormat.AuthorizedKeysLine(device.PublicKeyBlob(), "fuzz") + "\n");
            Directory.CreateDirectory("/run/sshd");
            int port = FreePort();
            string config = Path.Combine(work, "sshd_config");
            File.WriteAllText(config, "ListenAddress 127.0.0.1\nPort " + port + "\nHostKey " + hostKey + "\nPidFile none\nUsePAM no\n"
                + "StrictModes no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\n"
                + "AuthorizedKeysFile " + Path.Combine(work, "authorized_keys") + "\nSubsystem echo /bin/cat\n");
            var start = new ProcessStartInfo("/usr/sbin/sshd") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (string arg in new[] { "-D", "-e", "-f", config })
            {
                start.ArgumentList.Add(arg);
            }

            using Process sshd = Process.Start(start)!;
            sshd.ErrorDataReceived += (_, _) => { };
            sshd.BeginErrorReadLine();
            try
            {
                Socket socket = Connect(port, sshd);
                using var transport = new RecordingTransport(new NetworkStream(socket, ownsSocket: true));
                SshSessionConfig clientConfig = FuzzPlatform.ClientConfig(suite, Environment.UserName);
                using (var client = new SshClient(clientConfig, suite, new SeededEntropy(FuzzPlatform.ClientEntropySeed), new ManualClock(), device))
                {
                    client.Connect(transport, 20000);
                    using SshChannel channel = client.OpenSubsystem("echo", 10000);
                    byte[] data = "captured\n"u8.ToArray();
                    channel.Write(data, 0, data.Length);
                    channel.CloseOutput();
                    byte[] buffer = new byte[256];
                    while (channel.Read(buffer, 0, buffer.Length) > 0)
                    {
                    }
                }

                return new Recording(transport.Received());
            }
            finally
            {
                sshd.Kill();
                sshd.WaitForExit(10000);
            }
        }

        internal static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        /// <summary>Connects once sshd listens (it prints nothing on a port of its own choosing, so retry
        /// until it accepts, or fail when it has exited or 20 s passed).</summary>
        private static Socket Connect(int port, Process sshd)
        {
            var clock = Stopwatch.StartNew();
            while (true)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Connect(IPAddress.Loopback, port);
                    return socket;
                }
                catch (SocketException) when (!sshd.HasExited && clock.ElapsedMilliseconds < 20000)
                {
                    socket.Dispose();
                    sshd.WaitForExit(50); // sshd is starting: wait on its exit, bounded, before the next try
                }
            }
        }
    }
}
