using System;
using System.Collections.Generic;

namespace NanoCheck.Listing
{
    /// <summary>One line of the nanoFramework API listing (11 '|'-separated columns, see README).</summary>
    public sealed class ApiLine
    {
        public ApiLine(int lineNumber, IReadOnlyList<string> columns)
        {
            ArgumentNullException.ThrowIfNull(columns);
            if (columns.Count != 11)
            {
                throw new FormatException($"listing line {lineNumber}: expected 11 columns, found {columns.Count}");
            }

            LineNumber = lineNumber;
            Assembly = columns[0];
            Type = columns[1];
            Kind = columns[2].Length == 1 ? columns[2][0] : throw new FormatException($"listing line {lineNumber}: bad kind '{columns[2]}'");
            Signature = columns[3];
            TypeOrReturn = columns[4];
            FlagText = columns[5];
            DocId = columns[6];
            Parameters = ParameterListParser.Parse(columns[7], lineNumber);
            Constraints = columns[8];
            AssemblyVersion = columns[9];
            Attributes = AttributeListParser.Parse(columns[10]);
            (Flags, ConstValue) = ParseFlags(columns[5]);
        }

        public int LineNumber { get; }

        public string Assembly { get; }

        /// <summary>Metadata-style full name, nested types joined with '+'.</summary>
        public string Type { get; }

        /// <summary>T, C, M, P, F or E.</summary>
        public char Kind { get; }

        public string Signature { get; }

        public string TypeOrReturn { get; }

        public string FlagText { get; }

        public string DocId { get; }

        public IReadOnlyList<ApiParameter> Parameters { get; }

        public string Constraints { get; }

        public string AssemblyVersion { get; }

        public IReadOnlyList<ApiAttribute> Attributes { get; }

        public IReadOnlySet<string> Flags { get; }

        /// <summary>The text after const= (a C# literal, or NaN / Infinity / -Infinity), or null.</summary>
        public string? ConstValue { get; }

        public bool Has(string flag) => Flags.Contains(flag);

        /// <summary>True for the lines that are not public API (explicit-impl, layout-field, nonpublic-ctor, ...).</summary>
        public bool IsNonPublic => Has("private") || Has("internal") || Has("private-protected");

        /// <summary>For T lines: the value of a key in column 5 (base=, underlying=, interfaces=, arity=).</summary>
        public string? TypeInfo(string key)
        {
            foreach (string part in TypeOrReturn.Split(';'))
            {
                if (part.StartsWith(key + "=", StringComparison.Ordinal))
                {
                    return part.Substring(key.Length + 1);
                }
            }

            return null;
        }

        public override string ToString() => $"{LineNumber}: {Assembly}|{Type}|{Kind}|{Signature}";

        private static (IReadOnlySet<string> Flags, string? ConstValue) ParseFlags(string text)
        {
            string? constValue = null;
            string rest = text;
            int at = text.IndexOf("const=", StringComparison.Ordinal);
            if (at >= 0)
            {
                int start = at + "const=".Length;
                int end = ConstEnd(text, start);
                constValue = text.Substring(start, end - start);
                rest = string.Concat(text.AsSpan(0, at), text.AsSpan(end));
            }

            var flags = new HashSet<string>(StringComparer.Ordinal);
            foreach (string flag in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                flags.Add(flag);
            }

            if (constValue != null)
            {
                flags.Add("const");
            }

            return (flags, constValue);
        }

        private static int ConstEnd(string text, int start)
        {
            if (start < text.Length && (text[start] == '"' || text[start] == '\''))
            {
                char quote = text[start];
                for (int i = start + 1; i < text.Length; i++)
                {
                    if (text[i] == '\\')
                    {
                        i++;
                    }
                    else if (text[i] == quote)
                    {
                        return i + 1;
                    }
                }

                return text.Length;
            }

            int space = text.IndexOf(' ', start);
            return space < 0 ? text.Length : space;
        }
    }
}
