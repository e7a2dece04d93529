using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace NanoCheck.Checking
{
    /// <summary>A source file to check: its path (used in diagnostics) and its text.</summary>
    public sealed record SourceFile(string Path, string Text);

    /// <summary>The outcome of checking one assembly's sources.</summary>
    public sealed class CheckResult
    {
        public CheckResult(string assemblyName, int fileCount, IReadOnlyList<CheckDiagnostic> diagnostics, byte[]? image, MetadataReference? reference, TimeSpan elapsed)
        {
            AssemblyName = assemblyName;
            FileCount = fileCount;
            Diagnostics = diagnostics;
            Image = image;
            Reference = reference;
            Elapsed = elapsed;
        }

        public string AssemblyName { get; }

        public int FileCount { get; }

        /// <summary>Errors and warnings, ordered by file and position.</summary>
        public IReadOnlyList<CheckDiagnostic> Diagnostics { get; }

        public IEnumerable<CheckDiagnostic> Errors => Diagnostics.Where(d => d.IsError);

        public int ErrorCount => Diagnostics.Count(d => d.IsError);

        public bool Succeeded => ErrorCount == 0;

        /// <summary>The emitted assembly (null when emit failed).</summary>
        public byte[]? Image { get; }

        /// <summary>What dependents compile against: the emitted reference assembly, or (after errors) the compilation itself.</summary>
        public MetadataReference? Reference { get; }

        public TimeSpan Elapsed { get; }
    }

    /// <summary>The outcome of checking one .nfproj.</summary>
    public sealed class ProjectCheckResult
    {
        public ProjectCheckResult(string projectPath, CheckResult result)
        {
            ProjectPath = projectPath;
            Result = result;
        }

        public string ProjectPath { get; }

        public CheckResult Result { get; }

        /// <summary>The summary line, e.g. <c>nanocheck: hal/Callhome.Hal.nfproj: 12 files, 0 errors</c>.</summary>
        public string Summary(string? baseDirectory = null)
        {
            int errors = Result.ErrorCount;
            string files = Result.FileCount == 1 ? "1 file" : $"{Result.FileCount} files";
            string errorText = errors == 1 ? "1 error" : $"{errors} errors";
            return $"nanocheck: {CheckDiagnostic.Display(ProjectPath, baseDirectory)}: {files}, {errorText}";
        }
    }
}
