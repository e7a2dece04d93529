using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using NanoCheck.Listing;

namespace NanoCheck.Stubs
{
    /// <summary>The stub reference assemblies for one listing, ready to use as compilation references.</summary>
    public sealed class StubSet
    {
        private readonly Dictionary<string, byte[]> images;
        private readonly Dictionary<string, MetadataReference> references = new(StringComparer.Ordinal);

        public StubSet(ApiListing listing, IReadOnlyDictionary<string, byte[]> images, string? cacheDirectory, bool fromCache, TimeSpan elapsed)
        {
            Listing = listing ?? throw new ArgumentNullException(nameof(listing));
            ArgumentNullException.ThrowIfNull(images);
            this.images = new Dictionary<string, byte[]>(images, StringComparer.Ordinal);
            foreach (KeyValuePair<string, byte[]> image in this.images)
            {
                references[image.Key] = MetadataReference.CreateFromImage(image.Value, filePath: image.Key + ".dll");
            }

            CacheDirectory = cacheDirectory;
            FromCache = fromCache;
            Elapsed = elapsed;
        }

        public ApiListing Listing { get; }

        /// <summary>Where the stub DLLs are cached, or null when caching is off.</summary>
        public string? CacheDirectory { get; }

        /// <summary>True if the DLLs were read from the cache rather than compiled.</summary>
        public bool FromCache { get; }

        /// <summary>Time to get the stubs (generate + compile, or read from the cache).</summary>
        public TimeSpan Elapsed { get; }

        public IReadOnlyCollection<string> AssemblyNames => images.Keys;

        public bool Contains(string assembly) => images.ContainsKey(assembly);

        public byte[] GetImage(string assembly) => images[assembly];

        public MetadataReference GetReference(string assembly) => references[assembly];
    }

    /// <summary>
    /// Caches stub DLLs on disk under a directory keyed by the listing's SHA-256 and the generator version,
    /// and in memory per process, so repeated runs do not regenerate them.
    /// </summary>
    public static class StubCache
    {
        /// <summary>Bump when the generated stubs change for the same listing.</summary>
        public const string GeneratorVersion = "nanocheck-stubs-1";

        private static readonly ConcurrentDictionary<string, Lazy<StubSet>> Loaded = new(StringComparer.Ordinal);

        /// <summary>The default cache root: $NANOCHECK_STUB_CACHE, else &lt;temp&gt;/nanocheck-stubs.</summary>
        public static string DefaultRoot =>
            Environment.GetEnvironmentVariable("NANOCHECK_STUB_CACHE") is { Length: > 0 } root
                ? root
                : Path.Combine(Path.GetTempPath(), "nanocheck-stubs");

        /// <summary>Stubs for a listing: from memory, else from the disk cache, else generated and compiled (and cached).</summary>
        public static StubSet Get(string listingPath, string? cacheRoot = null)
        {
            ArgumentNullException.ThrowIfNull(listingPath);
            ApiListing listing = ApiListing.Load(listingPath);
            string key = CacheKey(listing);
            string root = cacheRoot ?? DefaultRoot;
            Lazy<StubSet> lazy = Loaded.GetOrAdd(key + "|" + root, _ => new Lazy<StubSet>(() => LoadOrBuild(listing, Path.Combine(root, key))));
            return lazy.Value;
        }

        /// <summary>Stubs from the disk cache under <paramref name="cacheRoot"/>, else generated, compiled and cached; never from memory.</summary>
        public static StubSet Load(string listingPath, string cacheRoot)
        {
            ArgumentNullException.ThrowIfNull(listingPath);
            ArgumentNullException.ThrowIfNull(cacheRoot);
            ApiListing listing = ApiListing.Load(listingPath);
            return LoadOrBuild(listing, Path.Combine(cacheRoot, CacheKey(listing)));
        }

        /// <summary>The cache key: hash of the listing's hash, the generator version and the Roslyn version.</summary>
        public static string CacheKey(ApiListing listing)
        {
            ArgumentNullException.ThrowIfNull(listing);
            string roslyn = typeof(Compilation).Assembly.GetName().Version?.ToString() ?? "?";
            byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(listing.Sha256 + "|" + GeneratorVersion + "|" + roslyn));
            return Convert.ToHexStringLower(hash).Substring(0, 16);
        }

        private static StubSet LoadOrBuild(ApiListing listing, string directory)
        {
            var stopwatch = Stopwatch.StartNew();
            Dictionary<string, byte[]>? images = TryRead(listing, directory);
            if (images != null)
            {
                return new StubSet(listing, images, directory, fromCache: true, stopwatch.Elapsed);
            }

            IReadOnlyList<StubAssembly> built = StubCompiler.Build(listing);
            images = built.ToDictionary(b => b.Name, b => b.Image, StringComparer.Ordinal);
            TryWrite(images, directory);
            return new StubSet(listing, images, directory, fromCache: false, stopwatch.Elapsed);
        }

        private static Dictionary<string, byte[]>? TryRead(ApiListing listing, string directory)
        {
            if (!File.Exists(Path.Combine(directory, "complete")))
            {
                return null;
            }

            try
            {
                return listing.Assemblies.ToDictionary(a => a, a => File.ReadAllBytes(Path.Combine(directory, a + ".dll")), StringComparer.Ordinal);
            }
            catch (IOException)
            {
                return null;
            }
        }

        /// <summary>Writes to a fresh directory, then renames it into place, so readers never see half a cache.</summary>
        private static void TryWrite(Dictionary<string, byte[]> images, string directory)
        {
            string temp = directory + ".tmp-" + Guid.NewGuid().ToString("N");
            try
            {
                Directory.CreateDirectory(temp);
                foreach (KeyValuePair<string, byte[]> image in images)
                {
                    File.WriteAllBytes(Path.Combine(temp, image.Key + ".dll"), image.Value);
                }

                File.WriteAllText(Path.Combine(temp, "complete"), GeneratorVersion + "\n");
                if (File.Exists(Path.Combine(directory, "complete")))
                {
                    TryDelete(temp); // another process finished first
                    return;
                }

                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true); // an incomplete leftover
                }

                Directory.Move(temp, directory);
            }
            catch (IOException)
            {
                TryDelete(temp); // another process won the race, or the disk is read-only: the stubs in memory still work
            }
            catch (UnauthorizedAccessException)
            {
                TryDelete(temp);
            }
        }

        private static void TryDelete(string directory)
        {
            try
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }
            }
            catch (IOException)
            {
                // best effort
            }
            catch (UnauthorizedAccessException)
            {
                // best effort
            }
        }
    }
}
