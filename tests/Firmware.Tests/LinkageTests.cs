using System;
using System.Linq;
using System.Text.RegularExpressions;
using Callhome.TestSupport;
using Xunit;

namespace Callhome.Firmware.Tests
{
    /// <summary>A board has libc and nothing else: no OpenSSL, no ICU, no C++ runtime.</summary>
    public class LinkageTests
    {
        private static readonly string[] Allowed =
        {
            "libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1", "libgcc_s.so.1",
            "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1",
        };

        [SkippableTheory]
        [MemberData(nameof(FirmwareTests.Runtimes), MemberType = typeof(FirmwareTests))]
        public void FirmwareNeedsOnlyTheCLibrary(string runtime)
        {
            FirmwareBinary.SkipUnlessRunnable(runtime);
            string? readelf = ProcessRunner.Which("readelf");
            Skip.If(readelf == null, "binutils is not installed");
            ProcessResult dynamic = ProcessRunner.Run(readelf!, new[] { "-d", FirmwareBinary.PathFor(runtime) }, TimeSpan.FromSeconds(30));
            Assert.True(dynamic.ExitCode == 0, dynamic.Describe());
            string[] needed = Regex.Matches(dynamic.StandardOutput, @"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
                .Select(m => m.Groups[1].Value).ToArray();
            Assert.NotEmpty(needed);
            Assert.Contains("libc.so.6", needed);
            Assert.All(needed, library => Assert.Contains(library, Allowed));
        }
    }
}
