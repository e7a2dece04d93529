using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NanoCheck.Projects
{
    /// <summary>What nanocheck needs from a nanoFramework .nfproj (old-style MSBuild XML).</summary>
    public sealed class NfProject
    {
        private static readonly SearchValues<char> Wildcards = SearchValues.Create("*?");

        private NfProject(string path, string assemblyName, IReadOnlyList<string> compileFiles, IReadOnlyList<string> references,
            IReadOnlyList<string> projectReferences, IReadOnlyList<string> defineConstants)
        {
            Path = path;
            AssemblyName = assemblyName;
            CompileFiles = compileFiles;
            References = references;
            ProjectReferences = projectReferences;
            DefineConstants = defineConstants;
        }

        /// <summary>Full path of the .nfproj.</summary>
        public string Path { get; }

        /// <summary>&lt;AssemblyName&gt;, else the file name without extension.</summary>
        public string AssemblyName { get; }

        /// <summary>Full paths of the &lt;Compile Include&gt; files (wildcards expanded, &lt;Compile Remove&gt; applied).</summary>
        public IReadOnlyList<string> CompileFiles { get; }

        /// <summary>Assembly names of the &lt;Reference Include&gt; items (the part before the first comma).</summary>
        public IReadOnlyList<string> References { get; }

        /// <summary>Full paths of the &lt;ProjectReference Include&gt; projects.</summary>
        public IReadOnlyList<string> ProjectReferences { get; }

        /// <summary>DefineConstants from unconditional property groups.</summary>
        public IReadOnlyList<string> DefineConstants { get; }

        public string Directory => System.IO.Path.GetDirectoryName(Path)!;

        public static NfProject Load(string path)
        {
            ArgumentNullException.ThrowIfNull(path);
            string fullPath = System.IO.Path.GetFullPath(path);
            string directory = System.IO.Path.GetDirectoryName(fullPath)!;
            XDocument document = XDocument.Load(fullPath);
            IEnumerable<XElement> elements = document.Descendants().ToList();

            string assemblyName = elements.Where(e => e.Name.LocalName == "AssemblyName").Select(e => e.Value.Trim()).FirstOrDefault(v => v.Length > 0)
                ?? System.IO.Path.GetFileNameWithoutExtension(fullPath);

            var removed = new HashSet<string>(Items(elements, "Compile", "Remove").SelectMany(i => Expand(directory, i)), StringComparer.Ordinal);
            List<string> compile = Items(elements, "Compile", "Include").SelectMany(i => Expand(directory, i))
                .Where(f => !removed.Contains(f)).Distinct(StringComparer.Ordinal).ToList();

            List<string> references = Items(elements, "Reference", "Include")
                .Select(i => i.Split(',')[0].Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();

            List<string> projectReferences = Items(elements, "ProjectReference", "Include")
                .Select(i => Resolve(directory, i)).Distinct(StringComparer.Ordinal).ToList();

            List<string> defines = elements.Where(e => e.Name.LocalName == "DefineConstants" && e.Parent?.Attribute("Condition") == null && e.Attribute("Condition") == null)
                .SelectMany(e => e.Value.Split(';', ',', ' '))
                .Select(s => s.Trim()).Where(s => s.Length > 0 && !s.StartsWith("$(", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();

            return new NfProject(fullPath, assemblyName, compile, references, projectReferences, defines);
        }

        private static IEnumerable<string> Items(IEnumerable<XElement> elements, string itemType, string attribute)
        {
            return elements.Where(e => e.Name.LocalName == itemType && e.Parent?.Name.LocalName == "ItemGroup")
                .Select(e => (string?)e.Attribute(attribute))
                .Where(v => !string.IsNullOrWhiteSpace(v))
                .SelectMany(v => v!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        private static string Resolve(string directory, string include)
        {
            return System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, include.Replace('\\', '/')));
        }

        /// <summary>A path, or a simple wildcard pattern (*, ?, **), relative to the project directory.</summary>
        private static IEnumerable<string> Expand(string directory, string include)
        {
            string pattern = include.Replace('\\', '/');
            if (pattern.AsSpan().IndexOfAny(Wildcards) < 0)
            {
                return new[] { Resolve(directory, pattern) };
            }

            string[] segments = pattern.Split('/');
            int firstWild = Array.FindIndex(segments, s => s.AsSpan().IndexOfAny(Wildcards) >= 0);
            string root = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, string.Join("/", segments.Take(firstWild))));
            if (!System.IO.Directory.Exists(root))
            {
                return Array.Empty<string>();
            }

            string rest = string.Join("/", segments.Skip(firstWild));
            var regex = new Regex("^" + GlobToRegex(rest) + "$", RegexOptions.CultureInvariant);
            return System.IO.Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => IsMatch(regex, System.IO.Path.GetRelativePath(root, f).Replace('\\', '/')))
                .OrderBy(f => f, StringComparer.Ordinal);
        }

        /// <summary>Wildcards never pick up build output (bin/, obj/ below the pattern's root).</summary>
        private static bool IsMatch(Regex regex, string relativePath)
        {
            return regex.IsMatch(relativePath)
                && !relativePath.StartsWith("bin/", StringComparison.Ordinal) && !relativePath.StartsWith("obj/", StringComparison.Ordinal)
                && !relativePath.Contains("/bin/", StringComparison.Ordinal) && !relativePath.Contains("/obj/", StringComparison.Ordinal);
        }

        private static string GlobToRegex(string glob)
        {
            string escaped = Regex.Escape(glob);
            return escaped.Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal)
                .Replace(@"\*\*", ".*", StringComparison.Ordinal)
                .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
                .Replace(@"\?", "[^/]", StringComparison.Ordinal);
        }
    }
}
