using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using Callhome.AgentCore.Ssh;
using Callhome.Ssh.Tests.Peers;
using Callhome.Ssh.Tests.Support;
using Xunit;

namespace Callhome.Ssh.Tests.Interop
{
    /// <summary>
    /// One stock client (ssh, dbclient or the paramiko script) against our server role over one connection,
    /// dialled by us (the client's proxy or the script listens; our server dials out, RFC 8071) or by them
    /// (our server listens on 127.0.0.1). The client authenticates with an Ed25519 publickey and echoes a
    /// random payload through exec ("cat -") or the "echo" subsystem; both sides are checked.
    /// </summary>
    internal static class ServerInterop
    {
        public const int ClientTimeout = 60000;

        public static void SkipUnlessInstalled(string peer)
        {
            switch (peer)
            {
                case "ssh":
                    Skip.IfNot(StockClients.SshInstalled, "OpenSSH ssh is not installed");
                    break;
                case "dbclient":
                    Skip.IfNot(StockClients.DbclientInstalled, "Dropbear dbclient/dropbearconvert is not installed");
                    break;
                default:
                    Skip.IfNot(StockClients.ParamikoInstalled, "python3-paramiko is not installed");
                    break;
            }
        }

        /// <summary>Runs the echo case; verify sees our server afterwards (re-key counts and the like).</summary>
        public static void Echo(string peer, bool dialledByUs, string cipher, string? mac, string program, int bytes,
            Action<SshSessionConfig>? configure = null, Action<ServerUnderTest>? verify = null)
        {
            SkipUnlessInstalled(peer);
            string directory = Directory.CreateTempSubdirectory("callhome-ssh-srv-").FullName;
            try
            {
                string key = StockClients.NewKey(directory, "id_ed25519");
                using var server = new ServerUnderTest(StockClients.PublicKeyLine(key), configure);
                int port = dialledByUs ? 0 : server.ListenOnce();
                byte[] payload = RandomNumberGenerator.GetBytes(bytes);
                string argument = program == "subsystem" ? "echo" : "cat -";
                using ClientProcess client = StartClient(peer, directory, server, dialledByUs, port, cipher, mac, program, argument, bytes, payload, key);
                if (dialledByUs)
                {
                    server.Dial(client.WaitForListeningPort(20000));
                }

                Assert.True(client.WaitForExit(ClientTimeout), peer + " exits in time; it said: " + client.Errors);
                Assert.True(server.WaitForEnd(20000), "our session ends after the client");
                string said = peer + " said: " + client.Errors + Tail(client.OutputText) + "; our side: " + server.Events.Description;
                Assert.True(server.Events.Authenticated.IsSet, "publickey authentication; " + said);
                Assert.Equal(StockClients.User, server.Inspect(s => s.AuthenticatedUser));
                Assert.Equal(program == "subsystem" ? "subsystem" : "exec", server.Echo.RequestType);
                Assert.Equal(argument, server.Echo.Argument);
                string negotiated = server.Inspect(s => s.NegotiatedDescription) + " ";
                Assert.Contains(" " + cipher + " ", negotiated, StringComparison.Ordinal);
                if (mac != null && !cipher.StartsWith("chacha20", StringComparison.Ordinal))
                {
                    Assert.Contains(" " + mac + " ", negotiated, StringComparison.Ordinal);
                }

                if (peer == "paramiko")
                {
                    Assert.Equal(0, client.ExitCode);
                    Assert.Contains("RESULT echo " + bytes + " " + EchoServerHandler.ExitCode + " " + cipher + " " + mac + "\n", client.OutputText,
                        StringComparison.Ordinal);
                    Assert.False(server.Inspect(s => s.IsStrictKex), "paramiko 2.12 has no strict kex");
                }
                else
                {
                    byte[] echoed = client.Output;
                    Assert.True(echoed.Length == payload.Length, "echoed " + echoed.Length + " of " + payload.Length + " bytes; " + said);
                    Assert.Equal(SHA256.HashData(payload), SHA256.HashData(echoed));
                    Assert.True((int)EchoServerHandler.ExitCode == client.ExitCode, "exit status " + client.ExitCode + "; " + said);
                    if (peer == "ssh")
                    {
                        Assert.True(server.Inspect(s => s.IsStrictKex), "OpenSSH 9.2 offers strict kex");
                    }
                }

                verify?.Invoke(server);
            }
            finally
            {
                Directory.Delete(directory, true);
            }
        }

        public static ClientProcess StartClient(string peer, string directory, ServerUnderTest server, bool dialledByUs, int port,
            string cipher, string? mac, string program, string argument, int bytes, byte[]? payload, string key)
        {
            switch (peer)
            {
                case "ssh":
                    return ClientProcess.Start(StockClients.SshPath,
                        StockClients.Ssh(directory, server.HostKeyLine, dialledByUs, port, cipher, mac, program, argument, new[] { key }),
                        directory, null, payload);
                case "dbclient":
                    return ClientProcess.Start(StockClients.DbclientPath,
                        StockClients.Dbclient(directory, server.HostKeyLine, dialledByUs, port, cipher, mac ?? "hmac-sha2-256", program, argument, key),
                        directory, new Dictionary<string, string> { ["HOME"] = directory }, payload);
                default:
                    return ClientProcess.Start(StockClients.PythonPath,
                        StockClients.Paramiko(server.HostKeyLine, dialledByUs, port, cipher, mac ?? "hmac-sha2-256", program, bytes, new[] { key }),
                        directory, null, null);
            }
        }

        public static string Tail(string text) => text.Length <= 400 ? text : text.Substring(text.Length - 400);
    }
}
