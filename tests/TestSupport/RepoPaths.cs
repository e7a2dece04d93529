using System;
using System.IO;

namespace Callhome.TestSupport
{
    public static class RepoPaths
    {
        private static readonly Lazy<string> RootPath = new(FindRoot);

        /// <summary>The folder holding nf.sln, found by walking up from the test assembly.</summary>
        public static string Root => RootPath.Value;

        public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

        private static string FindRoot()
        {
            string? directory = AppContext.BaseDirectory;
            while (directory != null)
            {
                if (File.Exists(Path.Combine(directory, "nf.sln")))
                {
                    return directory;
                }

                directory = Path.GetDirectoryName(directory);
            }

            throw new InvalidOperationException("nf.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
