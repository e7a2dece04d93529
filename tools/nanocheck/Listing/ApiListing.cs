using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace NanoCheck.Listing
{
    /// <summary>The parsed nanoFramework API listing: lines grouped by assembly.</summary>
    public sealed class ApiListing
    {
        private ApiListing(string path, string sha256, IReadOnlyList<ApiLine> lines)
        {
            Path = path;
            Sha256 = sha256;
            Lines = lines;
            Assemblies = lines.Select(l => l.Assembly).Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal).ToList();
            Versions = lines.GroupBy(l => l.Assembly, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().AssemblyVersion, StringComparer.Ordinal);
        }

        /// <summary>The file the listing was read from.</summary>
        public string Path { get; }

        /// <summary>SHA-256 of the listing's bytes, lower-case hex.</summary>
        public string Sha256 { get; }

        public IReadOnlyList<ApiLine> Lines { get; }

        /// <summary>Assembly names (column 1), ordinal order.</summary>
        public IReadOnlyList<string> Assemblies { get; }

        /// <summary>Assembly name to its version (column 10).</summary>
        public IReadOnlyDictionary<string, string> Versions { get; }

        /// <summary>The listing copied next to the tool at build time (tools/nanocheck/nanoframework-api.txt).</summary>
        public static string DefaultPath => System.IO.Path.Combine(AppContext.BaseDirectory, "nanoframework-api.txt");

        public static ApiListing Load(string path)
        {
            byte[] bytes = File.ReadAllBytes(path);
            string sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            string text = Encoding.UTF8.GetString(bytes);
            var lines = new List<ApiLine>();
            int number = 0;
            foreach (string raw in text.Split('\n'))
            {
                number++;
                string line = raw.TrimEnd('\r');
                if (line.Length == 0)
                {
                    continue;
                }

                lines.Add(new ApiLine(number, SplitColumns(line)));
            }

            return new ApiListing(System.IO.Path.GetFullPath(path), sha, lines);
        }

        /// <summary>Splits a line on '|', honouring the '\|' escape.</summary>
        public static IReadOnlyList<string> SplitColumns(string line)
        {
            ArgumentNullException.ThrowIfNull(line);
            var columns = new List<string>(11);
            var current = new StringBuilder();
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (c == '\\' && i + 1 < line.Length && line[i + 1] == '|')
                {
                    current.Append('|');
                    i++;
                }
                else if (c == '|')
                {
                    columns.Add(current.ToString());
                    current.Clear();
                }
                else
                {
                    current.Append(c);
                }
            }

            columns.Add(current.ToString());
            return columns;
        }
    }
}
