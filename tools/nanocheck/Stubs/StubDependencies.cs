using System;
using System.Collections.Generic;
using System.Linq;
using NanoCheck.Listing;

namespace NanoCheck.Stubs
{
    /// <summary>Infers which stub assemblies each stub assembly needs, from the type names its lines use.</summary>
    public static class StubDependencies
    {
        public const string CoreLibrary = "mscorlib";

        /// <summary>Assembly name to the names of the assemblies it uses directly (mscorlib always included, itself never).</summary>
        public static IReadOnlyDictionary<string, IReadOnlySet<string>> Infer(ApiListing listing, StubModel model)
        {
            ArgumentNullException.ThrowIfNull(listing);
            ArgumentNullException.ThrowIfNull(model);
            var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
            foreach (string assembly in listing.Assemblies)
            {
                var deps = new HashSet<string>(StringComparer.Ordinal);
                if (assembly != CoreLibrary)
                {
                    deps.Add(CoreLibrary);
                }

                result[assembly] = deps;
            }

            foreach (ApiLine line in listing.Lines.Where(l => !StubModel.IsExcluded(l)))
            {
                var deps = (HashSet<string>)result[line.Assembly];
                foreach (string type in TypesUsedBy(line))
                {
                    if (model.TypeToAssembly.TryGetValue(type, out string? owner) && owner != line.Assembly)
                    {
                        deps.Add(owner);
                    }
                }
            }

            return result;
        }

        /// <summary>The assemblies in an order where each comes after everything it depends on.</summary>
        public static IReadOnlyList<string> BuildOrder(IReadOnlyDictionary<string, IReadOnlySet<string>> dependencies)
        {
            ArgumentNullException.ThrowIfNull(dependencies);
            var order = new List<string>();
            var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = visiting, 2 = done
            foreach (string assembly in dependencies.Keys.OrderBy(a => a, StringComparer.Ordinal))
            {
                Visit(assembly, dependencies, state, order, new Stack<string>());
            }

            return order;
        }

        /// <summary>The transitive closure of an assembly's dependencies (not including itself).</summary>
        public static IReadOnlySet<string> Closure(string assembly, IReadOnlyDictionary<string, IReadOnlySet<string>> dependencies)
        {
            ArgumentNullException.ThrowIfNull(dependencies);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var work = new Stack<string>(dependencies[assembly]);
            while (work.Count > 0)
            {
                string next = work.Pop();
                if (seen.Add(next))
                {
                    foreach (string dep in dependencies[next])
                    {
                        work.Push(dep);
                    }
                }
            }

            seen.Remove(assembly);
            return seen;
        }

        private static IEnumerable<string> TypesUsedBy(ApiLine line)
        {
            var texts = new List<string>();
            if (line.Kind == 'T')
            {
                texts.Add(line.TypeInfo("base") ?? string.Empty);
                texts.AddRange((line.TypeInfo("interfaces") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries));
            }
            else
            {
                texts.Add(line.TypeOrReturn);
                texts.AddRange(line.Parameters.Select(p => p.Type));
                if (line.Has("explicit-impl"))
                {
                    string name = line.Signature.Split('(', '[', ' ')[0];
                    texts.Add(name.Substring(0, name.LastIndexOf('.')));
                }
            }

            return texts.Where(t => t.Length > 0).SelectMany(TypeNames.ReferencedTypes);
        }

        private static void Visit(string assembly, IReadOnlyDictionary<string, IReadOnlySet<string>> deps, Dictionary<string, int> state, List<string> order, Stack<string> path)
        {
            state.TryGetValue(assembly, out int s);
            if (s == 2)
            {
                return;
            }

            if (s == 1)
            {
                throw new InvalidOperationException("stub assemblies depend on each other in a cycle: " + string.Join(" -> ", path.Reverse()) + " -> " + assembly);
            }

            state[assembly] = 1;
            path.Push(assembly);
            foreach (string dep in deps[assembly].OrderBy(d => d, StringComparer.Ordinal))
            {
                Visit(dep, deps, state, order, path);
            }

            path.Pop();
            state[assembly] = 2;
            order.Add(assembly);
        }
    }
}
