using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using NanoCheck.Listing;

namespace NanoCheck.Stubs
{
    /// <summary>The generated stub of one nanoFramework assembly.</summary>
    public sealed record StubAssembly(string Name, string Version, IReadOnlySet<string> Dependencies, string Source, byte[] Image);

    /// <summary>Generates and compiles the stub reference assemblies from a listing.</summary>
    public static class StubCompiler
    {
        /// <summary>Compiles every stub: mscorlib with no references at all, every other assembly against the stubs it needs.</summary>
        public static IReadOnlyList<StubAssembly> Build(ApiListing listing)
        {
            ArgumentNullException.ThrowIfNull(listing);
            StubModel model = StubModel.Build(listing);
            IReadOnlyDictionary<string, IReadOnlySet<string>> dependencies = StubDependencies.Infer(listing, model);
            var generator = new StubSourceGenerator(model);
            var built = new Dictionary<string, StubAssembly>(StringComparer.Ordinal);
            var references = new Dictionary<string, MetadataReference>(StringComparer.Ordinal);
            foreach (string assembly in StubDependencies.BuildOrder(dependencies))
            {
                string version = listing.Versions[assembly];
                string source = generator.Generate(assembly, version);
                IEnumerable<MetadataReference> refs = StubDependencies.Closure(assembly, dependencies)
                    .OrderBy(a => a, StringComparer.Ordinal)
                    .Select(a => references[a]);
                byte[] image = Compile(assembly, source, refs);
                built[assembly] = new StubAssembly(assembly, version, dependencies[assembly], source, image);
                references[assembly] = MetadataReference.CreateFromImage(image, filePath: assembly + ".dll");
            }

            return listing.Assemblies.Select(a => built[a]).ToList();
        }

        private static byte[] Compile(string assembly, string source, IEnumerable<MetadataReference> references)
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            SyntaxTree tree = CSharpSyntaxTree.ParseText(source, parseOptions, path: assembly + ".stub.cs");
            var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Disable,
                allowUnsafe: false,
                deterministic: true);
            CSharpCompilation compilation = CSharpCompilation.Create(assembly, new[] { tree }, references, options);
            using var stream = new MemoryStream();
            EmitResult result = compilation.Emit(stream, options: new EmitOptions(metadataOnly: true, runtimeMetadataVersion: "v4.0.30319"));
            if (!result.Success)
            {
                var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20).Select(d => d.ToString());
                throw new InvalidOperationException($"the generated stub of {assembly} does not compile:\n" + string.Join("\n", errors));
            }

            return stream.ToArray();
        }
    }
}
