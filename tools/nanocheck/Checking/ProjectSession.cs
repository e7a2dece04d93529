using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NanoCheck.Projects;
using NanoCheck.Stubs;

namespace NanoCheck.Checking
{
    /// <summary>Checks .nfproj files, each once, dependencies (ProjectReference) first.</summary>
    internal sealed class ProjectSession
    {
        private readonly Checker checker;
        private readonly Dictionary<string, ProjectCheckResult> done = new(StringComparer.Ordinal);
        private readonly HashSet<string> inProgress = new(StringComparer.Ordinal);
        private readonly List<ProjectCheckResult> results = new();

        public ProjectSession(Checker checker)
        {
            this.checker = checker;
        }

        public IReadOnlyList<ProjectCheckResult> Results => results;

        public ProjectCheckResult Check(string fullPath)
        {
            if (done.TryGetValue(fullPath, out ProjectCheckResult? existing))
            {
                return existing;
            }

            inProgress.Add(fullPath);
            ProjectCheckResult result = CheckNew(fullPath);
            inProgress.Remove(fullPath);
            done[fullPath] = result;
            results.Add(result);
            return result;
        }

        private ProjectCheckResult CheckNew(string fullPath)
        {
            var problems = new List<CheckDiagnostic>();
            NfProject project;
            try
            {
                project = NfProject.Load(fullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Xml.XmlException)
            {
                problems.Add(AtProject(PortabilityRules.BadProjectReference, fullPath, e.Message));
                return Finish(fullPath, new CheckResult(Path.GetFileNameWithoutExtension(fullPath), 0, problems, null, null, TimeSpan.Zero), problems);
            }

            var projectReferences = new List<MetadataReference>();
            foreach (string reference in project.ProjectReferences)
            {
                if (inProgress.Contains(reference))
                {
                    problems.Add(AtProject(PortabilityRules.BadProjectReference, fullPath, "project references form a cycle through " + reference));
                    continue;
                }

                if (!File.Exists(reference))
                {
                    problems.Add(AtProject(PortabilityRules.BadProjectReference, fullPath, "project file not found: " + reference));
                    continue;
                }

                ProjectCheckResult dependency = Check(reference);
                if (dependency.Result.Reference != null)
                {
                    projectReferences.Add(dependency.Result.Reference);
                }
            }

            if (!project.References.Contains(StubDependencies.CoreLibrary, StringComparer.Ordinal))
            {
                problems.Add(AtProject(PortabilityRules.NoCoreLibrary, fullPath, "add a Reference to mscorlib (nanoFramework.CoreLibrary)"));
            }

            var sources = new List<SourceFile>();
            foreach (string file in project.CompileFiles)
            {
                if (File.Exists(file))
                {
                    sources.Add(new SourceFile(file, File.ReadAllText(file)));
                }
                else
                {
                    problems.Add(AtProject(PortabilityRules.MissingSource, fullPath, file));
                }
            }

            CheckResult compiled = checker.CheckSources(project.AssemblyName, sources, project.References, projectReferences, project.DefineConstants);
            return Finish(fullPath, compiled, problems);
        }

        private static ProjectCheckResult Finish(string fullPath, CheckResult compiled, List<CheckDiagnostic> problems)
        {
            // Project-level findings without a location (unknown references) are pinned to the project file.
            IEnumerable<CheckDiagnostic> located = compiled.Diagnostics
                .Select(d => d.FilePath == null ? d with { FilePath = fullPath } : d);
            var all = problems.Concat(located).Distinct().ToList();
            var merged = new CheckResult(compiled.AssemblyName, compiled.FileCount, all, compiled.Image, compiled.Reference, compiled.Elapsed);
            return new ProjectCheckResult(fullPath, merged);
        }

        private static CheckDiagnostic AtProject(PortabilityRule rule, string projectPath, string detail)
        {
            CheckSeverity severity = rule == PortabilityRules.UnknownReference ? CheckSeverity.Warning : CheckSeverity.Error;
            return new CheckDiagnostic(rule.Id, severity, projectPath, 0, 0, $"{rule.Message}: {detail}");
        }
    }
}
