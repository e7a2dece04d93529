using System;
using System.IO;
using Callhome.TestSupport;

namespace Callhome.Ssh.Tests.Peers
{
    /// <summary>
    /// A throwaway Dropbear server (-F -E, password logins off) on 127.0.0.1 with an Ed25519 host key from
    /// dropbearkey. Dropbear reads authorized_keys only from the user's home directory, so it runs in a private
    /// mount namespace (unshare) where a temporary directory is bind-mounted over that home: the real home is
    /// never touched. Needs root (CAP_SYS_ADMIN) for the mount; <see cref="IsUsable"/> says whether it can run.
    /// </summary>
    public sealed class DropbearPeer : IDisposable
    {
        public const string DropbearPath = "/usr/sbin/dropbear";
        public const string KeyPath = "/usr/bin/dropbearkey";
        public const string UnsharePath = "/usr/bin/unshare";

        private readonly PeerProcess process;

        private DropbearPeer(PeerProcess process, string hostPublicKey)
        {
            this.process = process;
            HostPublicKey = hostPublicKey;
        }

        public static bool IsUsable => File.Exists(DropbearPath) && File.Exists(KeyPath) && File.Exists(UnsharePath)
            && OperatingSystem.IsLinux() && Environment.IsPrivilegedProcess;

        public int Port => process.Port;

        public string HostPublicKey { get; }

        public string Log => process.Log;

        /// <summary>The root of the server's process tree (its per-connection children hang below it).</summary>
        public int ProcessId => process.ProcessId;

        public static DropbearPeer Start(string authorizedKeysLine)
        {
            string directory = Directory.CreateTempSubdirectory("callhome-ssh-dropbear-").FullName;
            string home = Path.Combine(directory, "home");
            string dotSsh = Path.Combine(home, ".ssh");
            Directory.CreateDirectory(dotSsh, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.WriteAllText(Path.Combine(dotSsh, "authorized_keys"), authorizedKeysLine + "\n");
            File.SetUnixFileMode(Path.Combine(dotSsh, "authorized_keys"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.SetUnixFileMode(home, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            string hostKey = Path.Combine(directory, "host_ed25519");
            ProcessResult keygen = ProcessRunner.Run(KeyPath, new[] { "-t", "ed25519", "-f", hostKey }, TimeSpan.FromSeconds(20));
            if (keygen.ExitCode != 0)
            {
                throw new InvalidOperationException("dropbearkey failed: " + keygen.Describe());
            }

            ProcessResult publicKey = ProcessRunner.Run(KeyPath, new[] { "-y", "-f", hostKey }, TimeSpan.FromSeconds(20));
            string? line = null;
            foreach (string candidate in publicKey.StandardOutput.Split('\n'))
            {
                if (candidate.StartsWith("ssh-ed25519 ", StringComparison.Ordinal))
                {
                    line = candidate.Trim();
                }
            }

            if (line == null)
            {
                throw new InvalidOperationException("no public key from dropbearkey -y: " + publicKey.Describe());
            }

            string realHome = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            int port = PeerProcess.FreeLoopbackPort();
            string script = "mount --bind '" + home + "' '" + realHome + "' && exec " + DropbearPath
                + " -F -E -s -p 127.0.0.1:" + port + " -r '" + hostKey + "' -P '" + Path.Combine(directory, "pid") + "'";
            PeerProcess process = PeerProcess.Start(UnsharePath,
                new[] { "--mount", "--propagation", "private", "/bin/sh", "-c", script }, directory, port, TimeSpan.FromSeconds(20));
            return new DropbearPeer(process, line);
        }

        public void Dispose() => process.Dispose();
    }
}
