using System;
using System.Collections.Generic;
using System.IO;
using Callhome.AgentCore.Ssh;
using Callhome.Ssh.Tests.Peers;
using Callhome.Ssh.Tests.Support;
using Xunit;

namespace Callhome.Ssh.Tests.Interop
{
    /// <summary>
    /// Our server refusing real clients, each refusal specific on both sides: an unknown client key (FAILURE
    /// "publickey", the client gives up), a wrong method (password / keyboard-interactive: FAILURE listing only
    /// publickey), too many attempts (DISCONNECT 14 after SshLimits.MaxAuthAttempts) and the pre-authentication
    /// deadline (DISCONNECT 11, TimedOut).
    /// </summary>
    public sealed class ServerRefusalTests
    {
        private static readonly string[] PasswordMethodsOnly = { "-o", "PreferredAuthentications=password,keyboard-interactive" };

        [SkippableTheory]
        [InlineData("ssh", false)]
        [InlineData("dbclient", true)]
        [InlineData("paramiko", false)]
        public void UnknownClientKeyIsRefused(string peer, bool dialledByUs)
        {
            Run(peer, dialledByUs, null, 1, "keys", null, (server, client) =>
            {
                Assert.True(server.Inspect(s => s.AuthenticationFailures) >= 1);
                switch (peer)
                {
                    case "ssh":
                        Assert.Equal(255, client.ExitCode);
                        Assert.Contains("Permission denied (publickey)", client.Errors, StringComparison.Ordinal);
                        break;
                    case "dbclient":
                        Assert.NotEqual(0, client.ExitCode);
                        Assert.Contains("No auth methods could be used", client.Errors, StringComparison.Ordinal);
                        break;
                    default:
                        Assert.Contains("RESULT refused 1 active\n", client.OutputText, StringComparison.Ordinal);
                        break;
                }
            });
        }

        [SkippableFact]
        public void PasswordAndKeyboardInteractiveAreRefusedListingOnlyPublickey()
        {
            Run("paramiko", true, null, 1, "password", null, (server, client) =>
            {
                Assert.Contains("RESULT refused password:publickey keyboard-interactive:publickey\n", client.OutputText, StringComparison.Ordinal);
                Assert.Equal(2, server.Inspect(s => s.AuthenticationFailures));
            });
        }

        [SkippableFact]
        public void SshLimitedToPasswordMethodsFindsNoMethodInCommon()
        {
            Run("ssh", true, null, 1, "subsystem",
                arguments => arguments.InsertRange(0, PasswordMethodsOnly),
                (server, client) =>
                {
                    Assert.Equal(255, client.ExitCode);
                    Assert.Contains("Permission denied (publickey)", client.Errors, StringComparison.Ordinal);
                    Assert.Equal(0, server.Inspect(s => s.AuthenticationFailures)); // only the uncounted "none"
                });
        }

        [SkippableTheory]
        [InlineData("ssh")]
        [InlineData("paramiko")]
        public void TooManyAttemptsEndWithDisconnect14(string peer)
        {
            Run(peer, false, null, 8, "keys", null, (server, client) =>
            {
                Assert.Equal(SshDisconnectReason.NoMoreAuthMethodsAvailable, server.Events.Reason);
                Assert.False(server.Events.FromPeer);
                Assert.Contains("too many authentication failures", server.Events.Description, StringComparison.Ordinal);
                Assert.Equal(6, server.Inspect(s => s.AuthenticationFailures));
                if (peer == "ssh")
                {
                    Assert.Equal(255, client.ExitCode);
                    Assert.Contains("too many authentication failures", client.Errors, StringComparison.Ordinal);
                }
                else
                {
                    Assert.Contains("RESULT refused 6 closed\n", client.OutputText, StringComparison.Ordinal);
                }
            });
        }

        [SkippableFact]
        public void ClientThatDoesNotAuthenticateHitsThePreAuthenticationDeadline()
        {
            Run("paramiko", true, config => config.Limits.AuthTimeoutMilliseconds = 1000, 1, "idle", null, (server, client) =>
            {
                Assert.Contains("RESULT closed\n", client.OutputText, StringComparison.Ordinal);
                Assert.True(server.Inspect(s => s.TimedOut));
                Assert.Contains("timed out in authentication", server.Events.Description, StringComparison.Ordinal);
                Assert.Equal(0, server.Inspect(s => s.AuthenticationFailures));
            });
        }

        /// <summary>Our server authorizes one key; the client gets clientKeys OTHER keys (or that one key when the
        /// refusal is not about the key) and runs; both sides are checked once the client has exited.</summary>
        private static void Run(string peer, bool dialledByUs, Action<SshSessionConfig>? configure, int clientKeys, string mode,
            Action<List<string>>? adjust, Action<ServerUnderTest, ClientProcess> check)
        {
            ServerInterop.SkipUnlessInstalled(peer);
            string directory = Directory.CreateTempSubdirectory("callhome-ssh-refuse-").FullName;
            try
            {
                string authorized = StockClients.NewKey(directory, "authorized");
                bool keyIsTheRefusal = mode != "password" && mode != "idle" && adjust == null;
                var keys = new List<string>();
                for (int i = 0; i < clientKeys; i++)
                {
                    keys.Add(keyIsTheRefusal ? StockClients.NewKey(directory, "unknown" + i) : authorized);
                }

                using var server = new ServerUnderTest(StockClients.PublicKeyLine(authorized), configure);
                int port = dialledByUs ? 0 : server.ListenOnce();
                ClientProcess client = peer switch
                {
                    "ssh" => StartSsh(directory, server, dialledByUs, port, keys, adjust),
                    "dbclient" => ServerInterop.StartClient(peer, directory, server, dialledByUs, port, "aes128-ctr", "hmac-sha2-256",
                        "subsystem", "echo", 0, Array.Empty<byte>(), keys[0]),
                    _ => ClientProcess.Start(StockClients.PythonPath,
                        StockClients.Paramiko(server.HostKeyLine, dialledByUs, port, "aes128-ctr", "hmac-sha2-256", mode, 0, keys), directory, null, null),
                };
                using (client)
                {
                    if (dialledByUs)
                    {
                        server.Dial(client.WaitForListeningPort(20000));
                    }

                    Assert.True(client.WaitForExit(ServerInterop.ClientTimeout), peer + " exits; it said: " + client.Errors);
                    Assert.True(server.WaitForEnd(20000), "our session ends");
                    Assert.False(server.Events.Authenticated.IsSet, "not authenticated");
                    Assert.Equal(0, server.Echo.Started);
                    check(server, client);
                }
            }
            finally
            {
                Directory.Delete(directory, true);
            }
        }

        private static ClientProcess StartSsh(string directory, ServerUnderTest server, bool dialledByUs, int port, List<string> keys,
            Action<List<string>>? adjust)
        {
            List<string> arguments = StockClients.Ssh(directory, server.HostKeyLine, dialledByUs, port, "aes128-ctr", "hmac-sha2-256",
                "subsystem", "echo", keys);
            adjust?.Invoke(arguments);
            return ClientProcess.Start(StockClients.SshPath, arguments, directory, null, Array.Empty<byte>());
        }
    }
}
