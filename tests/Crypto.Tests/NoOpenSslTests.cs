using System;
using System.IO;
using Callhome.TestSupport;
using Xunit;

namespace Callhome.Crypto.Tests
{
    /// <summary>
    /// The firmware is NativeAOT on boards with libc and no OpenSSL: the BouncyCastle backend must never reach
    /// System.Security.Cryptography (BouncyCastle's default SecureRandom does, through its static master
    /// generator). These run <see cref="NoOpenSslProbe"/> in a child process; the control run proves the probe
    /// would notice the regression.
    /// </summary>
    public class NoOpenSslTests
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

        [Fact]
        public void ExercisingEverySuiteMethodLoadsNothingOfOpenSsl()
        {
            ProcessResult result = RunProbe("exercise");
            Assert.True(result.ExitCode == NoOpenSslProbe.Clean, result.Describe());
            Assert.Contains("exercised every suite method", result.StandardOutput, StringComparison.Ordinal);
            Assert.Contains("no OpenSSL", result.StandardOutput, StringComparison.Ordinal);
        }

        [Fact]
        public void TheProbeSeesOpenSslWhenBouncyCastlesDefaultSecureRandomIsUsed()
        {
            ProcessResult result = RunProbe("control");
            Assert.True(result.ExitCode == NoOpenSslProbe.OpenSslFound, result.Describe());
            Assert.Contains("assembly loaded: System.Security.Cryptography", result.StandardOutput, StringComparison.Ordinal);
        }

        private static ProcessResult RunProbe(string mode)
        {
            string assembly = typeof(NoOpenSslProbe).Assembly.Location;
            Assert.True(File.Exists(Path.ChangeExtension(assembly, ".runtimeconfig.json")), "no runtimeconfig beside " + assembly);
            return ProcessRunner.Run(DotnetHost(), new[] { assembly, "--no-openssl-probe", mode }, Timeout);
        }

        private static string DotnetHost()
        {
            string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(host) && File.Exists(host))
            {
                return host;
            }

            string? process = Environment.ProcessPath;
            if (process != null && Path.GetFileNameWithoutExtension(process) == "dotnet")
            {
                return process;
            }

            return ProcessRunner.Which("dotnet") ?? throw new InvalidOperationException("dotnet host not found");
        }
    }
}
