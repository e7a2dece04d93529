using System;
using System.Globalization;
using System.IO;
using Microsoft.CodeAnalysis;

namespace NanoCheck.Checking
{
    public enum CheckSeverity
    {
        Warning,
        Error,
    }

    /// <summary>A problem found by nanocheck: a compiler diagnostic (CSxxxx) or a portability-scan finding (NFxxxx).</summary>
    /// <param name="Id">CS0246, NF0003, ...</param>
    /// <param name="Severity">Error or warning.</param>
    /// <param name="FilePath">Full path of the file, or null when the problem has no location.</param>
    /// <param name="Line">1-based line, 0 when unknown.</param>
    /// <param name="Column">1-based column, 0 when unknown.</param>
    /// <param name="Message">The message text.</param>
    public sealed record CheckDiagnostic(string Id, CheckSeverity Severity, string? FilePath, int Line, int Column, string Message)
    {
        public bool IsError => Severity == CheckSeverity.Error;

        public static CheckDiagnostic At(string id, CheckSeverity severity, Location location, string message)
        {
            ArgumentNullException.ThrowIfNull(location);
            if (!location.IsInSource)
            {
                return new CheckDiagnostic(id, severity, null, 0, 0, message);
            }

            FileLinePositionSpan span = location.GetLineSpan();
            return new CheckDiagnostic(id, severity, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, message);
        }

        public static CheckDiagnostic FromRoslyn(Diagnostic diagnostic)
        {
            ArgumentNullException.ThrowIfNull(diagnostic);
            CheckSeverity severity = diagnostic.Severity == DiagnosticSeverity.Error ? CheckSeverity.Error : CheckSeverity.Warning;
            return At(diagnostic.Id, severity, diagnostic.Location, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        }

        /// <summary>MSBuild canonical form: <c>path(line,col): error ID: message</c>; paths under <paramref name="baseDirectory"/> are made relative.</summary>
        public string Format(string? baseDirectory = null, string? fallbackOrigin = null)
        {
            string kind = IsError ? "error" : "warning";
            string? path = FilePath == null ? fallbackOrigin : Display(FilePath, baseDirectory);
            if (path == null)
            {
                return $"nanocheck: {kind} {Id}: {Message}";
            }

            string position = Line > 0 ? $"({Line},{Column})" : string.Empty;
            return $"{path}{position}: {kind} {Id}: {Message}";
        }

        /// <summary>A path relative to <paramref name="baseDirectory"/> when it lies under it, else the full path.</summary>
        public static string Display(string path, string? baseDirectory)
        {
            ArgumentNullException.ThrowIfNull(path);
            if (baseDirectory == null)
            {
                return path;
            }

            string relative = Path.GetRelativePath(baseDirectory, path);
            return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
        }
    }
}
