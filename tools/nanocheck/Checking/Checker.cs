using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using NanoCheck.Listing;
using NanoCheck.Stubs;

namespace NanoCheck.Checking
{
    /// <summary>
    /// Compiles portable sources against the nanoFramework stub assemblies only (no standard library), emits them,
    /// and runs the portability scan.
    /// </summary>
    public sealed class Checker
    {
        /// <summary>Defined for every check, as the nanoFramework build does.</summary>
        public const string NanoFrameworkSymbol = "NANOFRAMEWORK_1_0";

        public Checker(string? listingPath = null, string? cacheRoot = null)
            : this(StubCache.Get(listingPath ?? ApiListing.DefaultPath, cacheRoot))
        {
        }

        public Checker(StubSet stubs)
        {
            Stubs = stubs ?? throw new ArgumentNullException(nameof(stubs));
        }

        public StubSet Stubs { get; }

        /// <summary>Reads the files and checks them (see <see cref="CheckSources"/>).</summary>
        public CheckResult CheckFiles(string assemblyName, IEnumerable<string> filePaths, IEnumerable<string> nanoAssemblies,
            IEnumerable<MetadataReference>? projectReferences = null, IEnumerable<string>? preprocessorSymbols = null)
        {
            ArgumentNullException.ThrowIfNull(filePaths);
            List<SourceFile> sources = filePaths.Select(p => new SourceFile(Path.GetFullPath(p), File.ReadAllText(p))).ToList();
            return CheckSources(assemblyName, sources, nanoAssemblies, projectReferences, preprocessorSymbols);
        }

        /// <summary>
        /// Compiles <paramref name="sources"/> as library <paramref name="assemblyName"/> against ONLY the named
        /// nanoFramework stubs (mscorlib is always added) and <paramref name="projectReferences"/>, emits it, and scans it.
        /// </summary>
        public CheckResult CheckSources(string assemblyName, IEnumerable<SourceFile> sources, IEnumerable<string> nanoAssemblies,
            IEnumerable<MetadataReference>? projectReferences = null, IEnumerable<string>? preprocessorSymbols = null)
        {
            ArgumentNullException.ThrowIfNull(assemblyName);
            ArgumentNullException.ThrowIfNull(sources);
            ArgumentNullException.ThrowIfNull(nanoAssemblies);
            var stopwatch = Stopwatch.StartNew();
            var diagnostics = new List<CheckDiagnostic>();

            var references = new List<MetadataReference> { Stubs.GetReference(StubDependencies.CoreLibrary) };
            foreach (string name in nanoAssemblies.Distinct(StringComparer.Ordinal).Where(n => n != StubDependencies.CoreLibrary))
            {
                if (Stubs.Contains(name))
                {
                    references.Add(Stubs.GetReference(name));
                }
                else
                {
                    diagnostics.Add(new CheckDiagnostic(PortabilityRules.UnknownReference.Id, CheckSeverity.Warning, null, 0, 0,
                        $"{PortabilityRules.UnknownReference.Message}: {name}"));
                }
            }

            references.AddRange(projectReferences ?? Enumerable.Empty<MetadataReference>());

            var symbols = new List<string> { NanoFrameworkSymbol };
            symbols.AddRange(preprocessorSymbols ?? Enumerable.Empty<string>());
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse, preprocessorSymbols: symbols.Distinct(StringComparer.Ordinal));
            List<SourceFile> files = sources.ToList();
            List<SyntaxTree> trees = files
                .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), parseOptions, f.Path))
                .ToList();

            var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                allowUnsafe: false,
                optimizationLevel: OptimizationLevel.Release,
                deterministic: true);
            CSharpCompilation compilation = CSharpCompilation.Create(assemblyName, trees, references, options);

            using var peStream = new MemoryStream();
            using var refStream = new MemoryStream();
            EmitResult emit = compilation.Emit(peStream, metadataPEStream: refStream);
            diagnostics.AddRange(emit.Diagnostics
                .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
                .Select(CheckDiagnostic.FromRoslyn));
            diagnostics.AddRange(PortabilityScanner.Scan(compilation));

            byte[]? image = emit.Success ? peStream.ToArray() : null;
            MetadataReference reference = emit.Success
                ? MetadataReference.CreateFromImage(refStream.ToArray(), filePath: assemblyName + ".dll")
                : compilation.ToMetadataReference();

            List<CheckDiagnostic> ordered = diagnostics
                .Distinct()
                .OrderBy(d => d.FilePath ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToList();
            return new CheckResult(assemblyName, files.Count, ordered, image, reference, stopwatch.Elapsed);
        }

        /// <summary>Checks one .nfproj, after the projects it references (recursively, once each).</summary>
        public ProjectCheckResult CheckProject(string nfprojPath)
        {
            return CheckProjects(new[] { nfprojPath }).Last(r => r.ProjectPath == Path.GetFullPath(nfprojPath));
        }

        /// <summary>Checks the projects and everything they reference; results in check order (dependencies first), each project once.</summary>
        public IReadOnlyList<ProjectCheckResult> CheckProjects(IEnumerable<string> nfprojPaths)
        {
            ArgumentNullException.ThrowIfNull(nfprojPaths);
            var session = new ProjectSession(this);
            foreach (string path in nfprojPaths)
            {
                session.Check(Path.GetFullPath(path));
            }

            return session.Results;
        }
    }
}
