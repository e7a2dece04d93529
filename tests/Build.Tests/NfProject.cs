using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Callhome.Build.Tests
{
    /// <summary>What the tests need from a nanoFramework .nfproj: its compile items and references.</summary>
    public sealed class NfProject
    {
        private static readonly XNamespace Msbuild = "http://schemas.microsoft.com/developer/msbuild/2003";

        public NfProject(string path)
        {
            Path = path;
            Document = XDocument.Load(path);
        }

        public string Path { get; }

        public XDocument Document { get; }

        public string Directory => System.IO.Path.GetDirectoryName(Path)!;

        /// <summary>Compile items that live under the project folder, as '/'-separated relative paths.</summary>
        public SortedSet<string> LocalSources() => new(
            Items("Compile").Where(i => !i.StartsWith("..", StringComparison.Ordinal)).Select(i => i.Replace('\\', '/')),
            StringComparer.Ordinal);

        public IEnumerable<string> Items(string kind) =>
            Document.Descendants(Msbuild + kind).Select(e => (string)e.Attribute("Include")!);

        public IEnumerable<(string Assembly, string HintPath)> References() =>
            Document.Descendants(Msbuild + "Reference").Select(e =>
                (((string)e.Attribute("Include")!).Split(',')[0].Trim(), (string?)e.Element(Msbuild + "HintPath") ?? string.Empty));

        /// <summary>What the SDK-style twin compiles from the same folder, less Host/ and Nano/ folders at any depth.</summary>
        public SortedSet<string> TwinSources()
        {
            var found = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string file in System.IO.Directory.EnumerateFiles(Directory, "*.cs", SearchOption.AllDirectories))
            {
                string relative = System.IO.Path.GetRelativePath(Directory, file).Replace('\\', '/');
                string[] folders = relative.Split('/')[..^1];
                if (folders.Length > 0 && folders[0] is "bin" or "obj")
                {
                    continue;
                }

                // Host/ and Nano/ folders, at any depth, hold one side's glue (docs/portability.md).
                if (Array.Exists(folders, f => f is "Host" or "Nano"))
                {
                    continue;
                }

                found.Add(relative);
            }

            return found;
        }
    }
}
