using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace Callhome.Interop.Tests.Peers
{
    public sealed class OpenSshServerTests
    {
        private static readonly string[] UnknownOption = { "NoSuchOption yes" };

        [SkippableFact]
        public void StartsOnAFreeLoopbackPortAndDisposeKillsItAndDeletesItsFiles()
        {
            Skip.IfNot(OpenSshServer.IsInstalled, "openssh-server is not installed (tools/setup.sh)");

            string directory;
            int port;
            int processId;
            using (OpenSshServer server = OpenSshServer.Start())
            {
                directory = server.Directory;
                port = server.Port;
                processId = server.ProcessId;
                Assert.StartsWith("SSH-2.0-OpenSSH_", server.ServerVersion, StringComparison.Ordinal);
                Assert.StartsWith("ssh-ed25519 ", server.HostPublicKey, StringComparison.Ordinal);
                Assert.Contains("Server listening on 127.0.0.1 port " + port, server.Log, StringComparison.Ordinal);
                Assert.Equal(processId, Process.GetProcessById(processId).Id);
            }

            Assert.False(Directory.Exists(directory), directory + " was not deleted");
            Assert.Throws<ArgumentException>(() => Process.GetProcessById(processId));
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            SocketException refused = Assert.Throws<SocketException>(() => socket.Connect(IPAddress.Loopback, port));
            Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
        }

        [SkippableFact]
        public void ABadConfigurationFailsWithSshdsOwnMessage()
        {
            Skip.IfNot(OpenSshServer.IsInstalled, "openssh-server is not installed (tools/setup.sh)");

            var error = Assert.Throws<InvalidOperationException>(() => OpenSshServer.Start(UnknownOption));
            Assert.Contains("NoSuchOption", error.Message, StringComparison.Ordinal);
        }
    }
}
