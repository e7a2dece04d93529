using System;
using System.IO;
using Xunit;

namespace NanoCheck.Tests
{
    /// <summary>The command line: output lines and exit codes.</summary>
    public sealed class CliTests
    {
        [Fact]
        public void ExitsWithZeroForCleanProjects()
        {
            (int code, string output, _) = Run(Samples.Project("App/Samples.App.nfproj"));

            Assert.Equal(0, code);
            Assert.Matches(@"nanocheck: .*Samples\.Lib\.nfproj: 1 file, 0 errors", output);
            Assert.Matches(@"nanocheck: .*Samples\.App\.nfproj: 1 file, 0 errors", output);
        }

        [Fact]
        public void ExitsWithOneAndPrintsCanonicalErrorsForBadProjects()
        {
            (int code, string output, _) = Run(Samples.Project("BadApp/Samples.BadApp.nfproj"));

            Assert.Equal(1, code);
            Assert.Matches(@"Ticker\.cs\(11,\d+\): error CS1061: ", output);
            Assert.Matches(@"nanocheck: .*Samples\.BadApp\.nfproj: 1 file, 2 errors", output);
            Assert.DoesNotContain("NF0100", output, StringComparison.Ordinal); // warnings only with --warnings
        }

        [Fact]
        public void PrintsWarningsOnRequest()
        {
            (_, string output, _) = Run("--warnings", Samples.Project("BadApp/Samples.BadApp.nfproj"));

            Assert.Contains("warning NF0100", output, StringComparison.Ordinal);
        }

        [Fact]
        public void ExitsWithTwoOnUsageErrors()
        {
            Assert.Equal(2, Run().Code);
            Assert.Equal(2, Run("--bogus", Samples.Project("App/Samples.App.nfproj")).Code);
            Assert.Equal(2, Run("--listing").Code);
            Assert.Equal(2, Run(Samples.Project("App/does-not-exist.nfproj")).Code);
        }

        [Fact]
        public void EmitsStubSourcesAndAssemblies()
        {
            string directory = Path.Combine(Path.GetTempPath(), "nanocheck-emit-" + Guid.NewGuid().ToString("N"));
            try
            {
                (int code, string output, _) = Run("--emit-stubs", directory);

                Assert.Equal(0, code);
                Assert.Contains("22 stub assemblies written", output, StringComparison.Ordinal);
                Assert.True(File.Exists(Path.Combine(directory, "mscorlib.cs")));
                Assert.True(File.Exists(Path.Combine(directory, "nanoFramework.System.Text.dll")));
            }
            finally
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }
            }
        }

        private static (int Code, string Output, string Error) Run(params string[] args)
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            int code = Cli.Run(args, stdout, stderr);
            return (code, stdout.ToString(), stderr.ToString());
        }
    }
}
