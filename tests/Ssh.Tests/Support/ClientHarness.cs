using System;
using System.Net.Sockets;
using Callhome.AgentCore.Crypto;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh;
using Callhome.AgentCore.Ssh.Client;

namespace Callhome.Ssh.Tests.Support
{
    /// <summary>Dials 127.0.0.1:port and runs our client over the socket's NetworkStream.</summary>
    internal static class ClientHarness
    {
        public static readonly string UserName = Environment.UserName;

        public static SshSessionConfig Config(string pinnedFingerprint, string? cipher = null, string? mac = null)
        {
            var config = new SshSessionConfig(UserName, pinnedFingerprint);
            if (cipher != null)
            {
                config.Ciphers = new[] { cipher };
            }

            if (mac != null)
            {
                config.Macs = new[] { mac };
            }

            return config;
        }

        public static SshClient Connect(int port, SshSessionConfig config, ICryptoSuite suite, DeviceIdentity device, int timeoutMilliseconds = 20000)
        {
            return Connect(port, config, suite, device, timeoutMilliseconds, out _, out _);
        }

        /// <summary>As Connect, also handing out the client and its socket so failure tests can check both were
        /// cleaned up (the client is disposed by the time Connect throws).</summary>
        public static SshClient Connect(int port, SshSessionConfig config, ICryptoSuite suite, DeviceIdentity device, int timeoutMilliseconds,
            out SshClient created, out Socket socketUsed)
        {
            var client = new SshClient(config, suite, new SystemEntropy(), new TestClock(), device);
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            created = client;
            socketUsed = socket;
            try
            {
                socket.Connect(System.Net.IPAddress.Loopback, port);
            }
            catch
            {
                socket.Dispose();
                client.Dispose();
                throw;
            }

            // The client owns the transport: closing the stream closes the socket (ownsSocket).
            client.Connect(new StreamTransport(new NetworkStream(socket, ownsSocket: true)), timeoutMilliseconds);
            return client;
        }
    }
}
