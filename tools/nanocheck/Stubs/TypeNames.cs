using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace NanoCheck.Stubs
{
    /// <summary>Converts the listing's CLR type notation (System.Int32, A+B, T[], T&amp;) to C#.</summary>
    public static class TypeNames
    {
        /// <summary>C# spelling of a listing type, fully qualified with global:: (System.Void becomes void).</summary>
        public static string ToCSharp(string clrType)
        {
            ArgumentNullException.ThrowIfNull(clrType);
            string type = clrType.TrimEnd('&');
            string suffix = string.Empty;
            while (type.EndsWith(']') || type.EndsWith('*'))
            {
                int cut = type.EndsWith('*') ? type.Length - 1 : type.LastIndexOf('[');
                suffix = string.Concat(type.AsSpan(cut), suffix);
                type = type.Substring(0, cut);
            }

            if (type == "System.Void" && suffix.Length == 0)
            {
                return "void";
            }

            int lt = type.IndexOf('<', StringComparison.Ordinal);
            string args = string.Empty;
            if (lt >= 0)
            {
                var converted = new List<string>();
                foreach (string arg in SplitGenericArguments(type.Substring(lt + 1, type.Length - lt - 2)))
                {
                    converted.Add(ToCSharp(arg));
                }

                args = "<" + string.Join(", ", converted) + ">";
                type = type.Substring(0, lt);
            }

            if (!type.Contains('.', StringComparison.Ordinal))
            {
                return type + args + suffix; // a type parameter name
            }

            return "global::" + StripArity(type).Replace('+', '.') + args + suffix;
        }

        /// <summary>Element type names (no array/pointer/by-ref decoration, generic arguments expanded) used by a listing type.</summary>
        public static IEnumerable<string> ReferencedTypes(string clrType)
        {
            ArgumentNullException.ThrowIfNull(clrType);
            string type = clrType.Trim().TrimEnd('&');
            if (type.StartsWith("ref ", StringComparison.Ordinal))
            {
                type = type.Substring(4);
            }

            while (type.EndsWith(']') || type.EndsWith('*'))
            {
                type = type.EndsWith('*') ? type.Substring(0, type.Length - 1) : type.Substring(0, type.LastIndexOf('['));
            }

            int lt = type.IndexOf('<', StringComparison.Ordinal);
            if (lt >= 0)
            {
                foreach (string arg in SplitGenericArguments(type.Substring(lt + 1, type.Length - lt - 2)))
                {
                    foreach (string inner in ReferencedTypes(arg))
                    {
                        yield return inner;
                    }
                }

                type = type.Substring(0, lt);
            }

            if (type.Length > 0)
            {
                yield return type;
            }
        }

        /// <summary>The C# keyword for an enum's underlying type.</summary>
        public static string EnumUnderlying(string clrType) => clrType switch
        {
            "System.Byte" => "byte",
            "System.SByte" => "sbyte",
            "System.Int16" => "short",
            "System.UInt16" => "ushort",
            "System.Int32" => "int",
            "System.UInt32" => "uint",
            "System.Int64" => "long",
            "System.UInt64" => "ulong",
            _ => throw new FormatException($"unsupported enum underlying type '{clrType}'"),
        };

        /// <summary>An identifier, escaped with '@' when it is a C# keyword.</summary>
        public static string Identifier(string name)
        {
            ArgumentNullException.ThrowIfNull(name);
            if (name.StartsWith('@'))
            {
                return name;
            }

            return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
        }

        /// <summary>Removes a `N generic-arity suffix from each segment.</summary>
        public static string StripArity(string name)
        {
            ArgumentNullException.ThrowIfNull(name);
            var parts = name.Split('+');
            for (int i = 0; i < parts.Length; i++)
            {
                int tick = parts[i].IndexOf('`', StringComparison.Ordinal);
                if (tick >= 0)
                {
                    parts[i] = parts[i].Substring(0, tick);
                }
            }

            return string.Join("+", parts);
        }

        private static List<string> SplitGenericArguments(string text)
        {
            var result = new List<string>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '<')
                {
                    depth++;
                }
                else if (text[i] == '>')
                {
                    depth--;
                }
                else if (text[i] == ',' && depth == 0)
                {
                    result.Add(text.Substring(start, i - start).Trim());
                    start = i + 1;
                }
            }

            result.Add(text.Substring(start).Trim());
            return result;
        }
    }
}
