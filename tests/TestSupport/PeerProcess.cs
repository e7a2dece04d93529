using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace Callhome.TestSupport
{
    /// <summary>
    /// A throwaway SSH server process on 127.0.0.1 with its own temporary directory: started, probed until its
    /// port answers with an SSH identification line (waiting on the process's exit between probes, never a
    /// fixed sleep), killed with its process tree and its directory deleted on Dispose.
    /// </summary>
    public sealed class PeerProcess : IDisposable
    {
        private readonly Process process;
        private readonly StringBuilder log = new();

        private PeerProcess(Process process, string directory, int port)
        {
            this.process = process;
            Directory = directory;
            Port = port;
        }

        public string Directory { get; }

        public int Port { get; private set; }

        /// <summary>The PID of the started program (the root of its process tree).</summary>
        public int ProcessId => process.Id;

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

        public static int FreeLoopbackPort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        public static PeerProcess Start(string fileName, string[] arguments, string directory, int port, TimeSpan timeout)
        {
            var start = new ProcessStartInfo(fileName)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                WorkingDirectory = directory,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            var process = new Process { StartInfo = start, EnableRaisingEvents = true };
            var peer = new PeerProcess(process, directory, port);
            process.ErrorDataReceived += (_, e) => peer.Append(e.Data);
            process.OutputDataReceived += (_, e) => peer.Append(e.Data);
            process.Start();
            process.StandardInput.Close();
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < timeout)
            {
                if (process.HasExited)
                {
                    break;
                }

                if (Probe(port))
                {
                    return peer;
                }

                process.WaitForExit(50);
            }

            string text = peer.Log;
            peer.Dispose();
            throw new InvalidOperationException(fileName + " did not start on port " + port + ": " + text);
        }

        public void Dispose()
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                process.WaitForExit();
            }
            catch (InvalidOperationException)
            {
            }
            finally
            {
                process.Dispose();
                try
                {
                    System.IO.Directory.Delete(Directory, recursive: true);
                }
                catch (IOException)
                {
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }

        private void Append(string? line)
        {
            if (line == null)
            {
                return;
            }

            lock (log)
            {
                log.Append(line).Append('\n');
            }
        }

        private static bool Probe(int port)
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.ReceiveTimeout = 2000;
            try
            {
                socket.Connect(IPAddress.Loopback, port);
                var buffer = new byte[4];
                int n = socket.Receive(buffer);
                return n == 4 && Encoding.ASCII.GetString(buffer) == "SSH-";
            }
            catch (SocketException)
            {
                return false;
            }
        }
    }
}
