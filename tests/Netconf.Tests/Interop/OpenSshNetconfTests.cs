using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using Callhome.AgentCore.Identity;
using Callhome.AgentCore.Ssh;
using Callhome.Netconf.Tests.Support;
using Callhome.TestSupport;
using Xunit;

namespace Callhome.Netconf.Tests.Interop
{
    /// <summary>Raw RFC 6242 framing as OpenSSH's `ssh -s host netconf` carries it: a base:1.0 manager, so
    /// end-of-message framing throughout, our host key checked by ssh against known_hosts.</summary>
    public class OpenSshNetconfTests
    {
        private const string Base = "urn:ietf:params:xml:ns:netconf:base:1.0";

        [SkippableFact]
        public void SshSubsystemNetconfSpeaksEndOfMessageFraming()
        {
            Skip.IfNot(File.Exists("/usr/bin/ssh") && File.Exists("/usr/bin/ssh-keygen"), "OpenSSH client is not installed");
            string directory = Directory.CreateTempSubdirectory("callhome-ssh-netconf-").FullName;
            try
            {
                string key = Path.Combine(directory, "manager");
                Assert.Equal(0, ProcessRunner.Run("/usr/bin/ssh-keygen", new[] { "-q", "-t", "ed25519", "-N", string.Empty, "-f", key }, TimeSpan.FromSeconds(30)).ExitCode);
                using var device = new NetconfDeviceUnderTest(File.ReadAllText(key + ".pub"));
                string knownHosts = Path.Combine(directory, "known_hosts");
                File.WriteAllText(knownHosts, "callhome-device " + SshPublicKeyFormat.AuthorizedKeysLine(device.HostKey.PublicKeyBlob(), string.Empty).Trim() + "\n");
                int port = device.ListenOnce();
                var start = new ProcessStartInfo("/usr/bin/ssh")
                {
                    RedirectStandardInput = true,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                foreach (string argument in new[]
                {
                    "-F", "/dev/null", "-i", key, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "UserKnownHostsFile=" + knownHosts,
                    "-o", "GlobalKnownHostsFile=/dev/null", "-o", "StrictHostKeyChecking=yes", "-o", "HostKeyAlias=callhome-device",
                    "-s", "manager@127.0.0.1", "netconf",
                })
                {
                    start.ArgumentList.Add(argument);
                }

                using var ssh = Process.Start(start)!;
                var stderr = ssh.StandardError.ReadToEndAsync();
                ssh.StandardInput.Write("<hello xmlns=\"" + Base + "\"><capabilities><capability>urn:ietf:params:netconf:base:1.0</capability></capabilities></hello>]]>]]>");
                ssh.StandardInput.Write("<rpc message-id=\"7\" xmlns=\"" + Base + "\"><get><filter><pdu xmlns=\"urn:callhome:yang:callhome-pdu\"><total-power/></pdu></filter></get></rpc>]]>]]>");
                ssh.StandardInput.Write("<rpc message-id=\"8\" xmlns=\"" + Base + "\"><close-session/></rpc>]]>]]>");
                ssh.StandardInput.Flush();
                string output = ssh.StandardOutput.ReadToEnd();
                Assert.True(ssh.WaitForExit(30000), "ssh exits once the device closes the channel");
                Assert.True(ssh.ExitCode == 0, "ssh exit " + ssh.ExitCode + ": " + stderr.Result + "\n" + output);

                string[] messages = output.Split("]]>]]>");
                Assert.Equal(4, messages.Length);
                Assert.Contains("<session-id>", messages[0], StringComparison.Ordinal);
                Assert.Contains("message-id=\"7\"", messages[1], StringComparison.Ordinal);
                Assert.Matches(new Regex("<total-power>\\d+</total-power>"), messages[1]);
                Assert.DoesNotContain("<outlet>", messages[1], StringComparison.Ordinal);
                Assert.Contains("<ok/>", messages[2], StringComparison.Ordinal);
                Assert.DoesNotContain("\n#", output, StringComparison.Ordinal);
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
