using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NanoCheck.Checking;
using Xunit;

namespace NanoCheck.Tests
{
    /// <summary>The second build of the real portable projects: every .nfproj of the repository passes the check.</summary>
    public sealed class RepositoryProjectsTests
    {
        public static TheoryData<string> NanoProjects => new()
        {
            "hal/Callhome.Hal.nfproj",
            "agent-core/Callhome.AgentCore.nfproj",
            "tests/Portable.Tests/Callhome.Portable.Tests.nfproj",
            "firmware/esp32/Callhome.Firmware.Esp32.nfproj",
        };

        [Theory]
        [MemberData(nameof(NanoProjects))]
        public void RepositoryProjectCompilesAgainstNanoFrameworkStubs(string nfproj)
        {
            IReadOnlyList<ProjectCheckResult> results = Samples.Checker.CheckProjects(new[] { Path.Combine(RepoRoot(), nfproj) });

            Assert.NotEmpty(results);
            Assert.All(results, r => Assert.True(r.Result.FileCount > 0, r.ProjectPath + " compiled no files"));
            Assert.All(results, r => Assert.True(r.Result.Succeeded, string.Join("\n", r.Result.Errors.Select(e => e.Format()))));
        }

        private static string RepoRoot()
        {
            string? directory = AppContext.BaseDirectory;
            while (directory != null && !File.Exists(Path.Combine(directory, "nf.sln")))
            {
                directory = Path.GetDirectoryName(directory);
            }

            return directory ?? throw new InvalidOperationException("nf.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
