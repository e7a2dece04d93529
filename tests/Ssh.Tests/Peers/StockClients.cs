using System;
using System.Collections.Generic;
using System.IO;
using Callhome.TestSupport;

namespace Callhome.Ssh.Tests.Peers
{
    /// <summary>
    /// Command lines of the stock clients that talk to our server role: OpenSSH ssh, Dropbear dbclient and the
    /// paramiko 2.12 script, each either dialled by us (its proxy, or the script, listens; our server dials out:
    /// RFC 8071) or dialling our listening server. Keys are made per test in a temporary directory: an Ed25519
    /// key by ssh-keygen (OpenSSH format, read by ssh and paramiko) and its dropbearconvert copy for dbclient.
    /// </summary>
    internal static class StockClients
    {
        public const string SshPath = "/usr/bin/ssh";
        public const string KeygenPath = "/usr/bin/ssh-keygen";
        public const string DbclientPath = "/usr/bin/dbclient";
        public const string DropbearConvertPath = "/usr/bin/dropbearconvert";
        public const string PythonPath = "/usr/bin/python3";
        public const string User = "manager";

        /// <summary>The host name the clients know our host key under (known_hosts, ssh HostKeyAlias).</summary>
        public const string HostAlias = "callhome-device";

        private static readonly Lazy<bool> ParamikoImportable = new(() =>
            File.Exists(PythonPath) && ProcessRunner.Run(PythonPath, new[] { "-c", "import paramiko" }, TimeSpan.FromSeconds(20)).ExitCode == 0);

        public static bool SshInstalled => File.Exists(SshPath) && File.Exists(KeygenPath);

        public static bool DbclientInstalled => File.Exists(DbclientPath) && File.Exists(DropbearConvertPath) && File.Exists(KeygenPath);

        public static bool ParamikoInstalled => File.Exists(KeygenPath) && ParamikoImportable.Value;

        public static string PeerScript(string name) => Path.Combine(AppContext.BaseDirectory, "Peers", name);

        /// <summary>A fresh Ed25519 key pair at directory/name (OpenSSH format); returns the private key path.</summary>
        public static string NewKey(string directory, string name)
        {
            string path = Path.Combine(directory, name);
            ProcessResult keygen = ProcessRunner.Run(KeygenPath, new[] { "-q", "-t", "ed25519", "-N", string.Empty, "-C", name, "-f", path },
                TimeSpan.FromSeconds(20));
            if (keygen.ExitCode != 0)
            {
                throw new InvalidOperationException("ssh-keygen failed: " + keygen.Describe());
            }

            return path;
        }

        public static string PublicKeyLine(string keyPath) => File.ReadAllText(keyPath + ".pub").Trim();

        /// <summary>ssh: dialledByUs → ProxyCommand = the listening bridge; else -p port 127.0.0.1.</summary>
        public static List<string> Ssh(string directory, string hostKeyLine, bool dialledByUs, int port, string cipher, string? mac,
            string program, string argument, IEnumerable<string> keyPaths)
        {
            string knownHosts = Path.Combine(directory, "known_hosts");
            File.WriteAllText(knownHosts, HostAlias + " " + hostKeyLine + "\n");
            var arguments = new List<string>
            {
                "-F", "/dev/null", "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
                "-o", "UserKnownHostsFile=" + knownHosts, "-o", "GlobalKnownHostsFile=/dev/null",
                "-o", "StrictHostKeyChecking=yes", "-o", "HostKeyAlias=" + HostAlias, "-o", "LogLevel=ERROR",
                "-o", "Ciphers=" + cipher, "-l", User,
            };
            foreach (string key in keyPaths)
            {
                arguments.Add("-i");
                arguments.Add(key);
            }

            if (mac != null)
            {
                arguments.Add("-o");
                arguments.Add("MACs=" + mac);
            }

            if (dialledByUs)
            {
                arguments.Add("-o");
                arguments.Add("ProxyCommand=" + PythonPath + " " + PeerScript("proxy_bridge.py"));
            }
            else
            {
                arguments.Add("-p");
                arguments.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            // ssh stops parsing options at the host name: -s goes before it, the subsystem or command after.
            if (program == "subsystem")
            {
                arguments.Add("-s");
            }

            arguments.Add(dialledByUs ? HostAlias : "127.0.0.1");
            arguments.Add(argument);
            return arguments;
        }

        /// <summary>dbclient (its known_hosts and keys under HOME=directory): dialledByUs → -J the listening bridge.</summary>
        public static List<string> Dbclient(string directory, string hostKeyLine, bool dialledByUs, int port, string cipher, string mac,
            string program, string argument, string keyPath)
        {
            string dotSsh = Path.Combine(directory, ".ssh");
            Directory.CreateDirectory(dotSsh);
            // Dropbear 2022.83 looks the plain host name up (no "[host]:port" form); without a match and
            // without a terminal it refuses, so these lines are what makes it verify our host key.
            File.WriteAllText(Path.Combine(dotSsh, "known_hosts"), HostAlias + " " + hostKeyLine + "\n127.0.0.1 " + hostKeyLine + "\n");
            string dropbearKey = keyPath + ".dropbear";
            if (!File.Exists(dropbearKey))
            {
                ProcessResult convert = ProcessRunner.Run(DropbearConvertPath, new[] { "openssh", "dropbear", keyPath, dropbearKey }, TimeSpan.FromSeconds(20));
                if (convert.ExitCode != 0)
                {
                    throw new InvalidOperationException("dropbearconvert failed: " + convert.Describe());
                }
            }

            var arguments = new List<string> { "-i", dropbearKey, "-l", User, "-c", cipher, "-m", mac };
            if (dialledByUs)
            {
                arguments.Add("-J");
                arguments.Add(PythonPath + " " + PeerScript("proxy_bridge.py"));
            }
            else
            {
                arguments.Add("-p");
                arguments.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (program == "subsystem")
            {
                arguments.Add("-s");
            }

            arguments.Add(dialledByUs ? HostAlias : "127.0.0.1");
            arguments.Add(argument);
            return arguments;
        }

        /// <summary>The paramiko script: dialledByUs → --listen (it prints LISTENING port), else --connect port.</summary>
        public static List<string> Paramiko(string hostKeyLine, bool dialledByUs, int port, string cipher, string mac, string mode,
            int bytes, IEnumerable<string> keyPaths)
        {
            var arguments = new List<string>
            {
                PeerScript("paramiko_peer.py"), "--host-key", hostKeyLine, "--cipher", cipher, "--mac", mac, "--mode", mode,
                "--bytes", bytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            foreach (string key in keyPaths)
            {
                arguments.Add("--key");
                arguments.Add(key);
            }

            if (dialledByUs)
            {
                arguments.Add("--listen");
            }
            else
            {
                arguments.Add("--connect");
                arguments.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return arguments;
        }
    }
}
