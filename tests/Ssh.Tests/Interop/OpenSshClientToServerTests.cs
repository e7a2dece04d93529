using System;
using System.IO;
using System.Security.Cryptography;
using Callhome.Ssh.Tests.Peers;
using Callhome.Ssh.Tests.Support;
using Xunit;

namespace Callhome.Ssh.Tests.Interop
{
    /// <summary>
    /// OpenSSH's ssh client against our server role, call-home style with socat as the ProxyCommand
    /// (TCP-LISTEN on a port we chose; its "-d -d" log line "listening on" tells us when to dial), 200 KB echoed
    /// through the subsystem and through exec. The python3 bridge and every suite are in ServerMatrixTests.
    /// </summary>
    public sealed class OpenSshClientToServerTests
    {
        private const string SocatPath = "/usr/bin/socat";

        [SkippableTheory]
        [InlineData("subsystem")]
        [InlineData("exec")]
        public void OpenSshClientAuthenticatesAndEchoesThroughOurServerOverSocat(string program)
        {
            Skip.IfNot(StockClients.SshInstalled && File.Exists(SocatPath), "OpenSSH ssh or socat is not installed");
            string directory = Directory.CreateTempSubdirectory("callhome-ssh-socat-").FullName;
            try
            {
                string key = StockClients.NewKey(directory, "id_ed25519");
                using var server = new ServerUnderTest(StockClients.PublicKeyLine(key));
                int port = PeerProcess.FreeLoopbackPort();
                string argument = program == "subsystem" ? "echo" : "cat -";
                var arguments = StockClients.Ssh(directory, server.HostKeyLine, false, port, "chacha20-poly1305@openssh.com", null,
                    program, argument, new[] { key });

                // Dialled by us through socat instead of a direct connection: replace "-p port" by the ProxyCommand.
                int at = arguments.IndexOf("-p");
                arguments.RemoveRange(at, 2);
                arguments.InsertRange(at, new[] { "-o", "ProxyCommand=" + SocatPath + " -d -d - TCP-LISTEN:" + port + ",bind=127.0.0.1,reuseaddr" });
                arguments[arguments.Count - 2] = StockClients.HostAlias;
                byte[] payload = RandomNumberGenerator.GetBytes(200000);
                using ClientProcess ssh = ClientProcess.Start(StockClients.SshPath, arguments, directory, null, payload);
                Assert.True(ssh.WaitForErrorLine("listening on", 20000), "socat listens; ssh said: " + ssh.Errors);
                server.Dial(port);
                Assert.True(ssh.WaitForExit(ServerInterop.ClientTimeout), "ssh exits; it said: " + ssh.Errors);
                Assert.True(server.WaitForEnd(20000), "our session ends");
                Assert.True(server.Events.Authenticated.IsSet, "authenticated; ssh said: " + ssh.Errors);
                Assert.Equal(StockClients.User, server.Inspect(s => s.AuthenticatedUser));
                Assert.True(server.Inspect(s => s.IsStrictKex), "OpenSSH 9.2 offers strict kex");
                Assert.Equal(argument, server.Echo.Argument);
                Assert.Equal(SHA256.HashData(payload), SHA256.HashData(ssh.Output));
                Assert.True((int)EchoServerHandler.ExitCode == ssh.ExitCode, "exit status; ssh said: " + ssh.Errors);
            }
            finally
            {
                Directory.Delete(directory, true);
            }
        }
    }
}
