using System;
using System.Collections.Generic;
using System.Linq;
using NanoCheck.Listing;

namespace NanoCheck.Stubs
{
    /// <summary>Attributes (column 11), default values (column 8) and constants (const=) of stub members.</summary>
    public sealed partial class StubMemberWriter
    {
        public static string ObsoleteAttribute(ApiAttribute attribute)
        {
            ArgumentNullException.ThrowIfNull(attribute);
            return attribute.Arguments.Contains("error") ? "[global::System.Obsolete(\"\", true)]" : "[global::System.Obsolete]";
        }

        private IEnumerable<string> MemberAttributes(ApiLine line)
        {
            foreach (ApiAttribute attribute in line.Attributes)
            {
                string? text = attribute.Name switch
                {
                    "Obsolete" => ObsoleteAttribute(attribute),
                    "Conditional" => $"[global::System.Diagnostics.Conditional(\"{attribute.Arguments[0]}\")]",
                    "IndexerName" => $"[global::System.Runtime.CompilerServices.IndexerName(\"{attribute.Arguments[0]}\")]",
                    "DoesNotReturn" => AttributeIfDefined("System.Diagnostics.CodeAnalysis.DoesNotReturnAttribute", attribute.Arguments),
                    _ when attribute.OnReturn => AttributeIfDefined(NullableAnalysisAttribute(attribute.Name), attribute.Arguments),
                    _ => null,
                };
                if (text != null)
                {
                    yield return attribute.OnReturn ? string.Concat("[return: ", text.AsSpan(1)) : text;
                }
            }
        }

        private IEnumerable<string> ParameterAttributes(ApiLine line, string parameter)
        {
            foreach (ApiAttribute attribute in line.Attributes.Where(a => !a.OnReturn && a.Arguments.Count > 0 && a.Arguments[0] == parameter))
            {
                string fullName = attribute.Name.StartsWith("Caller", StringComparison.Ordinal)
                    ? "System.Runtime.CompilerServices." + attribute.Name + "Attribute"
                    : NullableAnalysisAttribute(attribute.Name);
                string? text = AttributeIfDefined(fullName, attribute.Arguments.Skip(1).ToList());
                if (text != null)
                {
                    yield return text;
                }
            }
        }

        private static string NullableAnalysisAttribute(string name) => "System.Diagnostics.CodeAnalysis." + name + "Attribute";

        /// <summary>An attribute whose type the listing declares (else null); arguments true/false stay, others become strings.</summary>
        private string? AttributeIfDefined(string fullName, IReadOnlyList<string> arguments)
        {
            if (!model.TypeToAssembly.ContainsKey(fullName))
            {
                return null;
            }

            string args = string.Join(", ", arguments.Select(a => a is "true" or "false" ? a : "\"" + a + "\""));
            string name = fullName.Substring(0, fullName.Length - "Attribute".Length);
            return $"[global::{name}({args})]";
        }

        private static string DefaultExpression(string value)
        {
            if (value.StartsWith('(') && value.Contains(')', StringComparison.Ordinal))
            {
                return string.Concat("(global::", value.AsSpan(1));
            }

            return char.IsLetter(value[0]) && value.Contains('.', StringComparison.Ordinal) ? "global::" + value : value;
        }

        private static string ConstantExpression(string clrType, string value)
        {
            switch (clrType)
            {
                case "System.String":
                case "System.Char":
                case "System.Boolean":
                    return value;
                case "System.Double":
                case "System.Single":
                    string suffix = clrType == "System.Double" ? "D" : "F";
                    return value switch
                    {
                        "NaN" => $"0.0{suffix} / 0.0{suffix}",
                        "Infinity" => $"1.0{suffix} / 0.0{suffix}",
                        "-Infinity" => $"-1.0{suffix} / 0.0{suffix}",
                        _ => value + suffix,
                    };
                default:
                    return $"({TypeNames.ToCSharp(clrType)})({value})";
            }
        }
    }
}
