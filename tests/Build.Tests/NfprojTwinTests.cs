using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Callhome.TestSupport;
using Xunit;

namespace Callhome.Build.Tests
{
    /// <summary>Each .nfproj compiles exactly the files its SDK-style twin compiles (docs/portability.md).</summary>
    public class NfprojTwinTests
    {
        public static TheoryData<string> Twins => new()
        {
            "hal/Callhome.Hal.nfproj",
            "agent-core/Callhome.AgentCore.nfproj",
            "tests/Portable.Tests/Callhome.Portable.Tests.nfproj",
        };

        [Theory]
        [MemberData(nameof(Twins))]
        public void CompilesTheSameSourcesAsItsSdkTwin(string nfproj)
        {
            var project = new NfProject(RepoPaths.Combine(nfproj));
            SortedSet<string> nano = project.LocalSources();
            SortedSet<string> sdk = project.TwinSources();
            Assert.NotEmpty(sdk);
            string[] missing = sdk.Except(nano).ToArray();
            string[] extra = nano.Except(sdk).Where(f => !f.Split('/').Contains("Nano")).ToArray();
            Assert.True(missing.Length == 0 && extra.Length == 0,
                nfproj + " differs from its twin; run /usr/bin/python3 tools/nfproj/sync-compile-items.py\n  missing: "
                + string.Join(", ", missing) + "\n  extra: " + string.Join(", ", extra));
            Assert.All(nano, f => Assert.True(File.Exists(Path.Combine(project.Directory, f)), f + " does not exist"));
        }

        [Fact]
        public void Esp32FirmwareCompilesFilesThatExist()
        {
            var project = new NfProject(RepoPaths.Combine("firmware", "esp32", "Callhome.Firmware.Esp32.nfproj"));
            string[] items = project.Items("Compile").ToArray();
            Assert.Contains("Program.cs", items);
            Assert.All(items, f => Assert.True(File.Exists(Path.Combine(project.Directory, f.Replace('\\', '/'))), f + " does not exist"));
            string[] boardFiles = Directory.GetFiles(RepoPaths.Combine("boards", "esp32-ups"), "*.cs").Select(Path.GetFileName).ToArray()!;
            Assert.All(boardFiles, f => Assert.Contains(items, i => i.EndsWith("\\" + f, StringComparison.Ordinal)));
        }

        public static TheoryData<string> AllNanoProjects => new()
        {
            "hal/Callhome.Hal.nfproj",
            "agent-core/Callhome.AgentCore.nfproj",
            "tests/Portable.Tests/Callhome.Portable.Tests.nfproj",
            "firmware/esp32/Callhome.Firmware.Esp32.nfproj",
        };

        [Theory]
        [MemberData(nameof(AllNanoProjects))]
        public void ReferencesMatchPackagesConfigAndTheNanoFrameworkListing(string nfproj)
        {
            var project = new NfProject(RepoPaths.Combine(nfproj));
            string packagesConfig = File.ReadAllText(Path.Combine(project.Directory, "packages.config"));
            string listing = File.ReadAllText(RepoPaths.Combine("tools", "nanocheck", "nanoframework-api.txt"));
            foreach ((string assembly, string hintPath) in project.References())
            {
                Match package = Regex.Match(hintPath, @"packages\\(?<id>[A-Za-z0-9.]+?)\.(?<version>\d+\.\d+\.\d+)\\lib\\");
                Assert.True(package.Success, nfproj + ": " + assembly + " has no packages\\ID.VERSION\\lib\\ hint path");
                Assert.Contains("<package id=\"" + package.Groups["id"].Value + "\" version=\"" + package.Groups["version"].Value + "\"", packagesConfig, StringComparison.Ordinal);
                if (assembly != "nanoFramework.UnitTestLauncher")
                {
                    Assert.Contains("\n" + assembly + "|", listing, StringComparison.Ordinal);
                }
            }
        }
    }
}
