using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NanoCheck.Checking;

namespace NanoCheck.Tests
{
    /// <summary>A line marked <c>// expect: error [ID]</c> in a sample.</summary>
    public sealed record Expectation(int Line, string? Id);

    /// <summary>Locates the sample files (copied next to the tests) and reads their expectation markers.</summary>
    public static class Samples
    {
        private static readonly Regex Marker = new(@"//\s*expect:\s*error(?:\s+((?:NF|CS)\d{4}))?", RegexOptions.CultureInvariant);

        private static readonly Lazy<Checker> SharedChecker = new(() => new Checker());

        /// <summary>One checker (and so one set of stubs) for all tests.</summary>
        public static Checker Checker => SharedChecker.Value;

        public static string Root => Path.Combine(AppContext.BaseDirectory, "samples");

        public static string Bad(string name) => Path.Combine(Root, "bad", name);

        public static string Clean(string name) => Path.Combine(Root, "clean", name);

        public static string Project(string relativePath) => Path.Combine(Root, "projects", relativePath);

        /// <summary>The 1-based lines that carry an <c>expect: error</c> marker, with the diagnostic id when one is given.</summary>
        public static IReadOnlyList<Expectation> Expectations(string path, string marker = "expect")
        {
            Regex regex = marker == "expect" ? Marker : new Regex(@"//\s*" + Regex.Escape(marker) + @":\s*error", RegexOptions.CultureInvariant);
            return File.ReadAllLines(path)
                .Select((text, index) => (Match: regex.Match(text), Line: index + 1))
                .Where(m => m.Match.Success)
                .Select(m => new Expectation(m.Line, m.Match.Groups.Count > 1 && m.Match.Groups[1].Success ? m.Match.Groups[1].Value : null))
                .ToList();
        }

        /// <summary>Checks one sample file as its own assembly against the given nanoFramework assemblies (mscorlib always).</summary>
        public static CheckResult CheckFile(string path, params string[] nanoAssemblies)
        {
            return Checker.CheckFiles(Path.GetFileNameWithoutExtension(path), new[] { path }, nanoAssemblies);
        }

        /// <summary>Asserts an error is reported at every marked line of the file (with the marked id, if any).</summary>
        public static void AssertErrorsAtMarkedLines(CheckResult result, string path, string marker = "expect")
        {
            IReadOnlyList<Expectation> expected = Expectations(path, marker);
            Xunit.Assert.NotEmpty(expected);
            Xunit.Assert.False(result.Succeeded, "the check passed, but it should have failed");
            string fullPath = Path.GetFullPath(path);
            List<CheckDiagnostic> errors = result.Errors.ToList();
            foreach (Expectation expectation in expected)
            {
                bool found = errors.Any(e => e.FilePath == fullPath && e.Line == expectation.Line && (expectation.Id == null || e.Id == expectation.Id));
                Xunit.Assert.True(found,
                    $"expected an error{(expectation.Id == null ? string.Empty : " " + expectation.Id)} at {Path.GetFileName(path)} line {expectation.Line}; got:\n"
                    + string.Join("\n", errors.Select(e => e.Format())));
            }
        }
    }
}
