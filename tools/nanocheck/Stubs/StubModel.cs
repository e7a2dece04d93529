using System;
using System.Collections.Generic;
using System.Linq;
using NanoCheck.Listing;

namespace NanoCheck.Stubs
{
    /// <summary>A type to stub: its T line, its member lines and its nested types.</summary>
    public sealed class StubType
    {
        public StubType(ApiLine typeLine)
        {
            TypeLine = typeLine ?? throw new ArgumentNullException(nameof(typeLine));
        }

        public ApiLine TypeLine { get; }

        public string FullName => TypeLine.Type;

        /// <summary>The last '+'-separated segment without namespace.</summary>
        public string Name
        {
            get
            {
                string last = FullName.Substring(FullName.LastIndexOf('+') + 1);
                return last.Substring(last.LastIndexOf('.') + 1);
            }
        }

        /// <summary>The namespace of the outermost type ("" for the global namespace).</summary>
        public string Namespace
        {
            get
            {
                string outer = FullName.Split('+')[0];
                int dot = outer.LastIndexOf('.');
                return dot < 0 ? string.Empty : outer.Substring(0, dot);
            }
        }

        /// <summary>class, static class, abstract class, sealed class, struct, readonly struct, ref readonly struct, interface, enum, delegate.</summary>
        public string Kind => TypeLine.Signature;

        public List<ApiLine> Members { get; } = new();

        public List<StubType> Nested { get; } = new();
    }

    /// <summary>The listing split into stub types per assembly, with the exclusion policy applied.</summary>
    public sealed class StubModel
    {
        private StubModel(Dictionary<string, List<StubType>> topLevel, Dictionary<string, string> typeToAssembly, List<ApiLine> excluded)
        {
            TopLevelTypes = topLevel;
            TypeToAssembly = typeToAssembly;
            Excluded = excluded;
        }

        /// <summary>Assembly name to its top-level types.</summary>
        public IReadOnlyDictionary<string, List<StubType>> TopLevelTypes { get; }

        /// <summary>Full type name (listing notation) to the assembly that declares it.</summary>
        public IReadOnlyDictionary<string, string> TypeToAssembly { get; }

        /// <summary>Lines left out of the stubs (the generic delegates and their members).</summary>
        public IReadOnlyList<ApiLine> Excluded { get; }

        /// <summary>
        /// True for lines the stubs leave out: generic types (on the stable line these are only the delegates
        /// Action`1/`2, Func`1/`2/`3 and EventHandler`1, which the stable runtime cannot run), generic methods,
        /// and any member whose signature mentions a generic type.
        /// </summary>
        public static bool IsExcluded(ApiLine line)
        {
            ArgumentNullException.ThrowIfNull(line);
            return line.Type.Contains('`', StringComparison.Ordinal)
                || line.Signature.Contains('`', StringComparison.Ordinal)
                || line.TypeOrReturn.Contains('`', StringComparison.Ordinal)
                || line.Parameters.Any(p => p.Type.Contains('`', StringComparison.Ordinal))
                || (line.Kind == 'M' && line.Signature.IndexOf('<', StringComparison.Ordinal) is int lt && lt >= 0
                    && lt < line.Signature.IndexOf('(', StringComparison.Ordinal));
        }

        public static StubModel Build(ApiListing listing)
        {
            ArgumentNullException.ThrowIfNull(listing);
            var types = new Dictionary<string, StubType>(StringComparer.Ordinal);
            var typeToAssembly = new Dictionary<string, string>(StringComparer.Ordinal);
            var excluded = new List<ApiLine>();
            foreach (ApiLine line in listing.Lines.Where(l => l.Kind == 'T'))
            {
                if (IsExcluded(line))
                {
                    excluded.Add(line);
                    continue;
                }

                if (!types.TryAdd(line.Type, new StubType(line)))
                {
                    throw new FormatException($"listing line {line.LineNumber}: type {line.Type} is declared twice");
                }

                typeToAssembly[line.Type] = line.Assembly;
            }

            foreach (ApiLine line in listing.Lines.Where(l => l.Kind != 'T'))
            {
                if (IsExcluded(line) || !types.TryGetValue(line.Type, out StubType? owner))
                {
                    excluded.Add(line);
                    continue;
                }

                owner.Members.Add(line);
            }

            var topLevel = new Dictionary<string, List<StubType>>(StringComparer.Ordinal);
            foreach (StubType type in types.Values.OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                int plus = type.FullName.LastIndexOf('+');
                if (plus >= 0)
                {
                    string outerName = type.FullName.Substring(0, plus);
                    if (!types.TryGetValue(outerName, out StubType? outer))
                    {
                        throw new FormatException($"listing line {type.TypeLine.LineNumber}: outer type {outerName} is not listed");
                    }

                    outer.Nested.Add(type);
                    continue;
                }

                string assembly = type.TypeLine.Assembly;
                if (!topLevel.TryGetValue(assembly, out List<StubType>? list))
                {
                    list = new List<StubType>();
                    topLevel[assembly] = list;
                }

                list.Add(type);
            }

            foreach (string assembly in listing.Assemblies)
            {
                topLevel.TryAdd(assembly, new List<StubType>());
            }

            return new StubModel(topLevel, typeToAssembly, excluded);
        }
    }
}
