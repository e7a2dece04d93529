using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Callhome.TestSupport
{
    /// <summary>
    /// A throwaway OpenSSH sshd (-D -e) on 127.0.0.1 with a fresh Ed25519 host key, an authorized_keys file,
    /// subsystems "echo" (/bin/cat) and "hello" (writes a line and exits), and any extra sshd_config lines
    /// (algorithm lists, RekeyLimit). Runs as the current user; authenticate as that user's name.
    /// </summary>
    public sealed class SshdPeer : IDisposable
    {
        public const string SshdPath = "/usr/sbin/sshd";
        public const string KeygenPath = "/usr/bin/ssh-keygen";
        public const string HelloText = "hello-from-subsystem";

        private readonly PeerProcess process;

        private SshdPeer(PeerProcess process, string hostPublicKey)
        {
            this.process = process;
            HostPublicKey = hostPublicKey;
        }

        public static bool IsInstalled => File.Exists(SshdPath) && File.Exists(KeygenPath);

        public int Port => process.Port;

        public string HostPublicKey { get; }

        public string Log => process.Log;

        /// <summary>The root of the server's process tree (its per-connection children hang below it).</summary>
        public int ProcessId => process.ProcessId;

        public static SshdPeer Start(string authorizedKeysLine, params string[] extraConfig)
        {
            string directory = Directory.CreateTempSubdirectory("callhome-ssh-sshd-").FullName;
            if (!Directory.Exists("/run/sshd"))
            {
                Directory.CreateDirectory("/run/sshd");
            }

            string hostKey = Path.Combine(directory, "host_ed25519");
            ProcessResult keygen = ProcessRunner.Run(KeygenPath,
                new[] { "-q", "-t", "ed25519", "-N", string.Empty, "-C", "sshd-test", "-f", hostKey }, TimeSpan.FromSeconds(20));
            if (keygen.ExitCode != 0)
            {
                throw new InvalidOperationException("ssh-keygen failed: " + keygen.Describe());
            }

            File.WriteAllText(Path.Combine(directory, "authorized_keys"), authorizedKeysLine + "\n");
            int port = PeerProcess.FreeLoopbackPort();
            var config = new StringBuilder();
            config.Append("ListenAddress 127.0.0.1\nPort ").Append(port).Append('\n');
            config.Append("HostKey ").Append(hostKey).Append('\n');
            config.Append("PidFile none\nUsePAM no\nStrictModes no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n");
            config.Append("PermitRootLogin prohibit-password\nLogLevel DEBUG1\n");
            config.Append("AuthorizedKeysFile ").Append(Path.Combine(directory, "authorized_keys")).Append('\n');
            config.Append("Subsystem echo /bin/cat\n");
            config.Append("Subsystem hello /bin/echo ").Append(HelloText).Append('\n');
            foreach (string line in extraConfig)
            {
                config.Append(line).Append('\n');
            }

            string configPath = Path.Combine(directory, "sshd_config");
            File.WriteAllText(configPath, config.ToString());
            PeerProcess process = PeerProcess.Start(SshdPath, new[] { "-D", "-e", "-f", configPath }, directory, port, TimeSpan.FromSeconds(20));
            return new SshdPeer(process, File.ReadAllText(hostKey + ".pub").Trim());
        }

        public void Dispose() => process.Dispose();
    }
}
