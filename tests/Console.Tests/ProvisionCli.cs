using System;
using System.Linq;
using Callhome.TestSupport;
using Xunit;

namespace Callhome.ConsoleTests
{
    /// <summary>The real callhome-provision CLI, run as a process on a console link.</summary>
    internal static class ProvisionCli
    {
        /// <param name="arguments">what follows --port: the console link, then the options.</param>
        public static ProcessResult Run(params string[] arguments)
        {
            string cli = FirmwareProcess.BuiltAssembly("tools", "provision", "callhome-provision.dll");
            var all = new[] { cli, "--port" }.Concat(arguments).ToArray();
            return ProcessRunner.Run("dotnet", all, TimeSpan.FromSeconds(60));
        }

        /// <returns>the rest of the first output line starting with prefix.</returns>
        public static string LineValue(string output, string prefix)
        {
            string? line = output.Split('\n').Select(l => l.TrimEnd()).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
            Assert.True(line != null, "no '" + prefix + "' line in:\n" + output);
            return line![prefix.Length..];
        }
    }
}
