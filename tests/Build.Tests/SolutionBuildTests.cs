using System;
using System.IO;
using Callhome.TestSupport;
using Xunit;

namespace Callhome.Build.Tests
{
    /// <summary>
    /// `dotnet build nf.sln` stays green on Linux: built again from scratch into a separate artifacts folder,
    /// so nothing this test run uses is overwritten, and with the nanoFramework projects present in nf.sln.
    /// </summary>
    public class SolutionBuildTests
    {
        [Fact]
        public void DotnetBuildOfTheSolutionSucceedsFromScratch()
        {
            string artifacts = Path.Combine(Path.GetTempPath(), "callhome-sln-build-" + Guid.NewGuid().ToString("N"));
            try
            {
                ProcessResult build = ProcessRunner.Run("dotnet",
                    new[] { "build", RepoPaths.Combine("nf.sln"), "--artifacts-path", artifacts, "-nologo", "-v:quiet" },
                    TimeSpan.FromMinutes(10), RepoPaths.Root);
                Assert.True(build.ExitCode == 0, build.Describe());
                Assert.Contains(" 0 Error(s)", build.StandardOutput, StringComparison.Ordinal);
                Assert.True(File.Exists(Path.Combine(artifacts, "bin", "Callhome.AgentCore", "debug", "Callhome.AgentCore.dll")),
                    "the portable core was not built into " + artifacts);
            }
            finally
            {
                if (Directory.Exists(artifacts))
                {
                    Directory.Delete(artifacts, recursive: true);
                }
            }
        }
    }
}
