using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Callhome.TestSupport;
using Xunit;

namespace Callhome.Firmware.Tests
{
    /// <summary>
    /// The published firmware for one runtime. tools/test.sh publishes both before the tests run; when a test
    /// is run on its own, the binary is published here first (once per runtime).
    /// </summary>
    public static class FirmwareBinary
    {
        private static readonly object PublishLock = new();
        private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(8);

        public static string PathFor(string runtime)
        {
            string binary = RepoPaths.Combine("artifacts", "firmware", runtime, "callhome-agent");
            lock (PublishLock)
            {
                if (!File.Exists(binary))
                {
                    ProcessResult publish = ProcessRunner.Run("dotnet", new[]
                    {
                        "publish", RepoPaths.Combine("firmware", "native", "Callhome.Firmware.Native.csproj"),
                        "-c", "Release", "-r", runtime, "-o", Path.GetDirectoryName(binary)!,
                    }, PublishTimeout, RepoPaths.Root);
                    Assert.True(publish.ExitCode == 0, "publish for " + runtime + " failed: " + publish.Describe());
                }
            }

            return binary;
        }

        /// <summary>Runs the firmware; arm64 goes through qemu-aarch64 with Debian's arm64 cross libc as root.</summary>
        public static ProcessResult Run(string runtime, params string[] arguments)
        {
            string binary = PathFor(runtime);
            var all = new List<string>();
            string program = binary;
            if (runtime == "linux-arm64")
            {
                program = ProcessRunner.Which("qemu-aarch64") ?? throw new InvalidOperationException("qemu-aarch64 missing");
                all.AddRange(new[] { "-L", "/usr/aarch64-linux-gnu", binary });
            }

            all.AddRange(arguments);
            return ProcessRunner.Run(program, all, TimeSpan.FromMinutes(2));
        }

        public static void SkipUnlessRunnable(string runtime)
        {
            if (runtime == "linux-arm64")
            {
                Skip.If(ProcessRunner.Which("qemu-aarch64") == null, "qemu-user is not installed (tools/setup.sh installs it)");
                Skip.If(ProcessRunner.Which("clang") == null || ProcessRunner.Which("ld.lld") == null,
                    "clang/lld for the arm64 cross link are not installed (tools/setup.sh installs them)");
            }
        }

        public static string NewStateDirectory()
        {
            string path = Path.Combine(Path.GetTempPath(), "callhome-fw-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(path);
            return path;
        }

        public static void Delete(string directory)
        {
            for (int attempt = 0; attempt < 3 && Directory.Exists(directory); attempt++)
            {
                try
                {
                    Directory.Delete(directory, recursive: true);
                }
                catch (IOException)
                {
                    Thread.Yield();
                }
            }
        }
    }
}
