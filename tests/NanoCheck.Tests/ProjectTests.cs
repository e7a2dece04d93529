using System.Collections.Generic;
using System.IO;
using System.Linq;
using NanoCheck.Checking;
using NanoCheck.Projects;
using Xunit;

namespace NanoCheck.Tests
{
    /// <summary>Checking .nfproj files: references, project references, compile items, output format.</summary>
    public sealed class ProjectTests
    {
        private static readonly string[] AppReferences = { "mscorlib", "nanoFramework.System.Text" };
        private static readonly string[] LibThenApp = { "Samples.Lib", "Samples.App" };
        private static readonly string[] LibAppBadApp = { "Samples.Lib", "Samples.App", "Samples.BadApp" };

        [Fact]
        public void ReadsNfprojItems()
        {
            NfProject project = NfProject.Load(Samples.Project("App/Samples.App.nfproj"));

            Assert.Equal("Samples.App", project.AssemblyName);
            Assert.Equal(AppReferences, project.References);
            Assert.Equal(Path.GetFullPath(Samples.Project("App/Text/Formatter.cs")), Assert.Single(project.CompileFiles));
            Assert.Equal(Path.GetFullPath(Samples.Project("Lib/Samples.Lib.nfproj")), Assert.Single(project.ProjectReferences));
        }

        [Fact]
        public void ChecksProjectReferencesFirst()
        {
            IReadOnlyList<ProjectCheckResult> results = Samples.Checker.CheckProjects(new[] { Samples.Project("App/Samples.App.nfproj") });

            Assert.Equal(LibThenApp, results.Select(r => r.Result.AssemblyName));
            Assert.All(results, r => Assert.True(r.Result.Succeeded, string.Join("\n", r.Result.Errors.Select(e => e.Format()))));
        }

        [Fact]
        public void ChecksEachProjectOnce()
        {
            IReadOnlyList<ProjectCheckResult> results = Samples.Checker.CheckProjects(new[]
            {
                Samples.Project("App/Samples.App.nfproj"),
                Samples.Project("BadApp/Samples.BadApp.nfproj"),
            });

            Assert.Equal(LibAppBadApp, results.Select(r => r.Result.AssemblyName));
        }

        [Fact]
        public void ReportsProjectErrorsAtFileAndLine()
        {
            string project = Samples.Project("BadApp/Samples.BadApp.nfproj");
            ProjectCheckResult result = Samples.Checker.CheckProject(project);

            Assert.Equal(1, result.Result.FileCount);
            Samples.AssertErrorsAtMarkedLines(result.Result, Samples.Project("BadApp/Ticker.cs"));
            Assert.Equal(2, result.Result.ErrorCount);
        }

        [Fact]
        public void WarnsAboutReferencesOutsideTheListing()
        {
            ProjectCheckResult result = Samples.Checker.CheckProject(Samples.Project("BadApp/Samples.BadApp.nfproj"));

            CheckDiagnostic warning = Assert.Single(result.Result.Diagnostics, d => d.Id == "NF0100");
            Assert.False(warning.IsError);
            Assert.Contains("nanoFramework.UnitTestLauncher", warning.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void FormatsMsBuildCanonicalLines()
        {
            string baseDirectory = Samples.Root;
            ProjectCheckResult result = Samples.Checker.CheckProject(Samples.Project("BadApp/Samples.BadApp.nfproj"));
            CheckDiagnostic first = result.Result.Errors.First();

            Assert.Matches(@"^projects/BadApp/Ticker\.cs\(\d+,\d+\): error (CS|NF)\d{4}: .+$", first.Format(baseDirectory));
            Assert.Equal("nanocheck: projects/BadApp/Samples.BadApp.nfproj: 1 file, 2 errors", result.Summary(baseDirectory));
        }
    }
}
