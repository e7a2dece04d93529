using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using NanoCheck.Checking;
using NanoCheck.Listing;
using NanoCheck.Stubs;

namespace NanoCheck
{
    /// <summary>
    /// The command line, callable in-process: <c>Cli.Run(args, stdout, stderr)</c> returns the exit code.
    /// nanocheck [--listing PATH] [--cache DIR] [--warnings] [--timings] PROJECT.nfproj [PROJECT.nfproj ...]
    /// nanocheck [--listing PATH] --emit-stubs DIR
    /// Exit code: 0 clean, 1 errors, 2 usage error (or an unusable listing).
    /// </summary>
    public static class Cli
    {
        private const string Usage =
            "usage: nanocheck [--listing PATH] [--cache DIR] [--warnings] [--timings] PROJECT.nfproj [PROJECT.nfproj ...]\n" +
            "       nanocheck [--listing PATH] --emit-stubs DIR";

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            ArgumentNullException.ThrowIfNull(args);
            ArgumentNullException.ThrowIfNull(stdout);
            ArgumentNullException.ThrowIfNull(stderr);
            Options? options = Options.Parse(args, out string? error);
            if (options == null)
            {
                stderr.WriteLine("nanocheck: " + error);
                stderr.WriteLine(Usage);
                return 2;
            }

            if (options.Help)
            {
                stdout.WriteLine(Usage);
                return 0;
            }

            string listingPath = options.Listing ?? ApiListing.DefaultPath;
            if (!File.Exists(listingPath))
            {
                stderr.WriteLine("nanocheck: listing not found: " + listingPath);
                return 2;
            }

            foreach (string project in options.Projects.Where(p => !File.Exists(p)))
            {
                stderr.WriteLine("nanocheck: project not found: " + project);
                return 2;
            }

            try
            {
                if (options.EmitStubs != null)
                {
                    EmitStubs(listingPath, options.EmitStubs, stdout);
                    return 0;
                }

                return Check(listingPath, options, stdout);
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                // A malformed listing, stubs that do not compile, or an unreadable file: not a finding about the code.
                stderr.WriteLine("nanocheck: " + e.Message);
                return 2;
            }
        }

        private static int Check(string listingPath, Options options, TextWriter stdout)
        {
            string cwd = Directory.GetCurrentDirectory();
            var checker = new Checker(listingPath, options.Cache);
            if (options.Timings)
            {
                string how = checker.Stubs.FromCache ? "read from cache" : "generated and compiled";
                stdout.WriteLine($"nanocheck: stubs {how} in {checker.Stubs.Elapsed.TotalMilliseconds:F0} ms ({checker.Stubs.CacheDirectory})");
            }

            IReadOnlyList<ProjectCheckResult> results = checker.CheckProjects(options.Projects);
            foreach (ProjectCheckResult result in results)
            {
                foreach (CheckDiagnostic diagnostic in result.Result.Diagnostics.Where(d => d.IsError || options.Warnings))
                {
                    stdout.WriteLine(diagnostic.Format(cwd, CheckDiagnostic.Display(result.ProjectPath, cwd)));
                }
            }

            foreach (ProjectCheckResult result in results)
            {
                string timing = options.Timings ? $" ({result.Result.Elapsed.TotalMilliseconds:F0} ms)" : string.Empty;
                stdout.WriteLine(result.Summary(cwd) + timing);
            }

            return results.Any(r => !r.Result.Succeeded) ? 1 : 0;
        }

        private static void EmitStubs(string listingPath, string directory, TextWriter stdout)
        {
            var stopwatch = Stopwatch.StartNew();
            ApiListing listing = ApiListing.Load(listingPath);
            IReadOnlyList<StubAssembly> stubs = StubCompiler.Build(listing);
            Directory.CreateDirectory(directory);
            foreach (StubAssembly stub in stubs)
            {
                File.WriteAllText(Path.Combine(directory, stub.Name + ".cs"), stub.Source);
                File.WriteAllBytes(Path.Combine(directory, stub.Name + ".dll"), stub.Image);
                string deps = string.Join(", ", stub.Dependencies.OrderBy(d => d, StringComparer.Ordinal));
                stdout.WriteLine($"nanocheck: {stub.Name} {stub.Version} -> {stub.Name}.dll (depends on: {(deps.Length == 0 ? "nothing" : deps)})");
            }

            stdout.WriteLine($"nanocheck: {stubs.Count} stub assemblies written to {directory} in {stopwatch.ElapsedMilliseconds} ms");
        }

        private sealed class Options
        {
            public string? Listing { get; private set; }

            public string? Cache { get; private set; }

            public string? EmitStubs { get; private set; }

            public bool Warnings { get; private set; }

            public bool Timings { get; private set; }

            public bool Help { get; private set; }

            public List<string> Projects { get; } = new();

            public static Options? Parse(string[] args, out string? error)
            {
                var options = new Options();
                error = null;
                for (int i = 0; i < args.Length; i++)
                {
                    string arg = args[i];
                    switch (arg)
                    {
                        case "-h" or "--help":
                            options.Help = true;
                            return options;
                        case "--warnings":
                            options.Warnings = true;
                            break;
                        case "--timings":
                            options.Timings = true;
                            break;
                        case "--listing" or "--cache" or "--emit-stubs":
                            if (i + 1 >= args.Length)
                            {
                                error = arg + " needs a value";
                                return null;
                            }

                            string value = args[++i];
                            if (arg == "--listing")
                            {
                                options.Listing = value;
                            }
                            else if (arg == "--cache")
                            {
                                options.Cache = value;
                            }
                            else
                            {
                                options.EmitStubs = value;
                            }

                            break;
                        default:
                            if (arg.StartsWith('-'))
                            {
                                error = "unknown option " + arg;
                                return null;
                            }

                            options.Projects.Add(arg);
                            break;
                    }
                }

                if (options.EmitStubs == null && options.Projects.Count == 0)
                {
                    error = "no project given";
                    return null;
                }

                if (options.EmitStubs != null && options.Projects.Count > 0)
                {
                    error = "--emit-stubs takes no projects";
                    return null;
                }

                return options;
            }
        }
    }
}
