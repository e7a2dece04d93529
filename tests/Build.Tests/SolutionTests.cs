using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Callhome.TestSupport;
using Xunit;

namespace Callhome.Build.Tests
{
    /// <summary>
    /// nf.sln must build with `dotnet build nf.sln` on Linux while still listing the nanoFramework projects for
    /// users with that toolchain: an .nfproj mapped to a build configuration makes the Linux build fail.
    /// </summary>
    public class SolutionTests
    {
        private static readonly string Solution = File.ReadAllText(RepoPaths.Combine("nf.sln"));

        private static readonly Regex ProjectLine = new(
            "^Project\\(\"\\{(?<type>[0-9A-F-]+)\\}\"\\) = \"(?<name>[^\"]+)\", \"(?<path>[^\"]+)\", \"\\{(?<guid>[0-9A-F-]+)\\}\"",
            RegexOptions.Multiline);

        [Fact]
        public void IsAClassicSlnFileNotSlnx()
        {
            Assert.StartsWith("\nMicrosoft Visual Studio Solution File, Format Version 12.00", Solution.Replace("\r", string.Empty, StringComparison.Ordinal).TrimStart('\uFEFF'), StringComparison.Ordinal);
            Assert.False(File.Exists(RepoPaths.Combine("nf.slnx")), "nf.slnx must not exist beside nf.sln");
        }

        [Fact]
        public void ListsEveryProjectInTheRepository()
        {
            var listed = ProjectLine.Matches(Solution).Select(m => m.Groups["path"].Value.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
            var onDisk = Directory.EnumerateFiles(RepoPaths.Root, "*.*proj", SearchOption.AllDirectories)
                .Where(p => p.EndsWith(".csproj", StringComparison.Ordinal) || p.EndsWith(".nfproj", StringComparison.Ordinal))
                .Select(p => Path.GetRelativePath(RepoPaths.Root, p).Replace('\\', '/'))
                .Where(p => !p.StartsWith("artifacts/", StringComparison.Ordinal) && !p.Contains("/samples/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal) && !p.Contains("/bin/", StringComparison.Ordinal))
                .ToList();
            Assert.NotEmpty(onDisk);
            Assert.All(onDisk, project => Assert.Contains(project, listed));
        }

        [Fact]
        public void NanoFrameworkProjectsAreInNoBuildConfiguration()
        {
            var nano = ProjectLine.Matches(Solution).Where(m => m.Groups["path"].Value.EndsWith(".nfproj", StringComparison.Ordinal)).ToList();
            Assert.True(nano.Count >= 4, "expected hal, agent-core, NFUnitTest and ESP32 firmware .nfproj entries");
            foreach (Match project in nano)
            {
                Assert.DoesNotContain("{" + project.Groups["guid"].Value + "}.", Solution, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void EverySdkProjectBuildsInDebugAndRelease()
        {
            foreach (Match project in ProjectLine.Matches(Solution).Where(m => m.Groups["path"].Value.EndsWith(".csproj", StringComparison.Ordinal)))
            {
                string guid = "{" + project.Groups["guid"].Value + "}";
                Assert.Contains(guid + ".Debug|Any CPU.Build.0", Solution, StringComparison.Ordinal);
                Assert.Contains(guid + ".Release|Any CPU.Build.0", Solution, StringComparison.Ordinal);
            }
        }
    }
}
