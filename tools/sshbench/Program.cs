using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Client;
using Callhome.Boards.Linux;
using Callhome.Crypto.BouncyCastle;
using Callhome.Hal;

namespace Callhome.Tools
{
    /// <summary>
    /// callhome-sshbench --port P --user U --key FILE --pin SHA256:... --subsystem NAME [--host 127.0.0.1] [--mib N]
    /// Connects to an sshd, authenticates with the Ed25519 key of FILE (OpenSSH format), opens the subsystem, and
    /// once it is ready sends EOF and waits for the subsystem to end, like `ssh -s` with stdin at its end (the
    /// handshake benchmark). With --mib N, first pushes N MiB of zeros through the subsystem (an echo) and reads
    /// the same amount back (the throughput benchmark).
    /// Exit code 0 on success, 1 with a message on stderr otherwise.
    /// </summary>
    public static class Program
    {
        private const int TimeoutMilliseconds = 30000;

        public static int Main(string[] args)
        {
            try
            {
                Options options = Options.Parse(args);
                IEntropySource entropy = new GetRandomEntropySource();
                ICryptoSuite suite = new BouncyCastleSuite(entropy);
                var store = new OneKeyStore(OpenSshEd25519Key.ReadSeed(File.ReadAllText(options.KeyFile)));
                using DeviceIdentity identity = DeviceIdentity.LoadOrCreate(store, suite);
                var config = new SshSessionConfig(options.User, options.Pin);
                using var client = new SshClient(config, suite, entropy, new StopwatchClock(), identity);
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                socket.Connect(IPAddress.Parse(options.Host), options.Port);
                client.Connect(new SocketTransport(new NetworkStream(socket, ownsSocket: true)), TimeoutMilliseconds);
                using SshChannel channel = client.OpenSubsystem(options.Subsystem, TimeoutMilliseconds);
                // Then end as `ssh -s host NAME </dev/null` does, so the three clients do the same work: EOF, the
                // subsystem's end (exit-status, CLOSE) and DISCONNECT.
                Echo(channel, (long)options.Mebibytes << 20);
                channel.WaitForExit(TimeoutMilliseconds);

                return 0;
            }
#pragma warning disable CA1031 // A command-line tool reports every failure as a message and exit code 1.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Console.Error.WriteLine("callhome-sshbench: " + e.Message);
                return 1;
            }
        }

        /// <summary>Writes total bytes while a second thread reads the echo; fails unless all of it came back.</summary>
        private static void Echo(SshChannel channel, long total)
        {
            channel.ReadTimeout = TimeoutMilliseconds;
            long received = 0;
            var reader = new Thread(() =>
            {
                byte[] buffer = new byte[65536];
                int n;
                while ((n = channel.Read(buffer, 0, buffer.Length)) > 0)
                {
                    Interlocked.Add(ref received, n);
                }
            });
            reader.Start();
            byte[] block = new byte[32768];
            for (long sent = 0; sent < total; sent += block.Length) // nothing to send: straight to EOF
            {
                channel.Write(block, 0, (int)Math.Min(block.Length, total - sent));
            }

            channel.CloseOutput();
            reader.Join();
            if (Interlocked.Read(ref received) != total)
            {
                throw new IOException("echo returned " + received + " of " + total + " bytes");
            }
        }

        private sealed class Options
        {
            public string Host { get; private set; } = "127.0.0.1";

            public int Port { get; private set; }

            public string User { get; private set; } = string.Empty;

            public string KeyFile { get; private set; } = string.Empty;

            public string Pin { get; private set; } = string.Empty;

            public string Subsystem { get; private set; } = string.Empty;

            public int Mebibytes { get; private set; }

            public static Options Parse(string[] args)
            {
                var options = new Options();
                for (int i = 0; i + 1 < args.Length; i += 2)
                {
                    string value = args[i + 1];
                    switch (args[i])
                    {
                        case "--host": options.Host = value; break;
                        case "--port": options.Port = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                        case "--user": options.User = value; break;
                        case "--key": options.KeyFile = value; break;
                        case "--pin": options.Pin = value; break;
                        case "--subsystem": options.Subsystem = value; break;
                        case "--mib": options.Mebibytes = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                        default: throw new ArgumentException("unknown option " + args[i]);
                    }
                }

                if (args.Length % 2 != 0 || options.Port == 0 || options.User.Length == 0 || options.KeyFile.Length == 0
                    || options.Pin.Length == 0 || options.Subsystem.Length == 0)
                {
                    throw new ArgumentException("usage: callhome-sshbench --port P --user U --key FILE --pin SHA256:... --subsystem NAME [--host H] [--mib N]");
                }

                return options;
            }
        }

        /// <summary>ISshTransport over a connected socket's stream.</summary>
        private sealed class SocketTransport : ISshTransport
        {
            private readonly Stream stream;

            public SocketTransport(Stream stream) => this.stream = stream;

            public int Read(byte[] buffer, int offset, int count) => stream.Read(buffer, offset, count);

            public void Write(byte[] buffer, int offset, int count) => stream.Write(buffer, offset, count);

            public void Close() => stream.Close();
        }

        /// <summary>The device key slot holding the seed read from the key file.</summary>
        private sealed class OneKeyStore : IKeyStore
        {
            private readonly byte[] seed;

            public OneKeyStore(byte[] seed) => this.seed = seed;

            public int Read(string slot, byte[] buffer, int offset, int count)
            {
                Array.Copy(seed, 0, buffer, offset, Math.Min(count, seed.Length));
                return seed.Length;
            }

            public void Write(string slot, byte[] buffer, int offset, int count) => throw new InvalidOperationException("read-only key store");

            public bool Delete(string slot) => false;
        }
    }
}
