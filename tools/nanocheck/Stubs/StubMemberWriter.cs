using System;
using System.Collections.Generic;
using System.Linq;
using NanoCheck.Listing;

namespace NanoCheck.Stubs
{
    /// <summary>Writes the member declarations of one stub type. Bodies are omitted: members are extern.</summary>
    public sealed partial class StubMemberWriter
    {
        private static readonly Dictionary<string, string> Operators = new(StringComparer.Ordinal)
        {
            ["op_Addition"] = "+", ["op_Subtraction"] = "-", ["op_Multiply"] = "*", ["op_Division"] = "/",
            ["op_Modulus"] = "%", ["op_Equality"] = "==", ["op_Inequality"] = "!=", ["op_GreaterThan"] = ">",
            ["op_LessThan"] = "<", ["op_GreaterThanOrEqual"] = ">=", ["op_LessThanOrEqual"] = "<=",
            ["op_UnaryNegation"] = "-", ["op_UnaryPlus"] = "+", ["op_LogicalNot"] = "!", ["op_OnesComplement"] = "~",
            ["op_Increment"] = "++", ["op_Decrement"] = "--", ["op_True"] = "true", ["op_False"] = "false",
            ["op_BitwiseAnd"] = "&", ["op_BitwiseOr"] = "|", ["op_ExclusiveOr"] = "^", ["op_LeftShift"] = "<<",
            ["op_RightShift"] = ">>",
        };

        private static readonly string[] FieldModifiers = { "static", "readonly", "volatile" };
        private static readonly string[] AccessFlags = { "private", "internal", "protected" };

        private readonly StubModel model;
        private readonly StubType type;
        private readonly bool isInterface;

        public StubMemberWriter(StubModel model, StubType type)
        {
            this.model = model ?? throw new ArgumentNullException(nameof(model));
            this.type = type ?? throw new ArgumentNullException(nameof(type));
            isInterface = type.Kind == "interface";
        }

        public string DelegateDeclaration(string access, string name)
        {
            ApiLine invoke = type.Members.First(m => m.Kind == 'M' && m.Signature.StartsWith("Invoke(", StringComparison.Ordinal));
            return $"{access} delegate {TypeNames.ToCSharp(invoke.TypeOrReturn)} {name}({ParameterList(invoke)});";
        }

        public IEnumerable<string> EnumMembers()
        {
            foreach (ApiLine field in type.Members.Where(m => m.Kind == 'F' && m.ConstValue != null))
            {
                string attributes = string.Concat(MemberAttributes(field).Select(a => a + " "));
                yield return $"{attributes}{TypeNames.Identifier(field.Signature)} = {field.ConstValue},";
            }
        }

        public IEnumerable<string> Members()
        {
            foreach (ApiLine member in type.Members)
            {
                string? declaration = member.Kind switch
                {
                    'C' => Constructor(member),
                    'M' => Method(member),
                    'P' => Property(member),
                    'F' => Field(member),
                    'E' => Event(member),
                    _ => null,
                };
                if (declaration == null)
                {
                    continue;
                }

                foreach (string attribute in MemberAttributes(member))
                {
                    yield return attribute;
                }

                yield return declaration;
            }

            bool isClass = type.Kind is "class" or "abstract class" or "sealed class";
            if (isClass && !type.Members.Any(m => m.Kind == 'C'))
            {
                // Never let the compiler add an implicit public constructor the real type does not have.
                yield return $"private extern {TypeNames.Identifier(type.Name)}();";
            }
        }

        private string? Constructor(ApiLine line)
        {
            if (isInterface || type.Kind == "static class" || (type.Kind.Contains("struct", StringComparison.Ordinal) && line.Parameters.Count == 0))
            {
                return null;
            }

            return $"{Access(line)} extern {TypeNames.Identifier(type.Name)}({ParameterList(line)});";
        }

        private string? Method(ApiLine line)
        {
            if (line.Has("accessor"))
            {
                return null; // written as part of the property or event
            }

            string name = line.Signature.Substring(0, line.Signature.IndexOf('(', StringComparison.Ordinal));
            string returns = TypeNames.ToCSharp(line.TypeOrReturn);
            string parameters = ParameterList(line);
            if (line.Has("explicit-impl"))
            {
                int dot = name.LastIndexOf('.');
                return $"extern {returns} {TypeNames.ToCSharp(name.Substring(0, dot))}.{TypeNames.Identifier(name.Substring(dot + 1))}({parameters});";
            }

            if (line.Has("finalizer"))
            {
                return $"extern ~{TypeNames.Identifier(type.Name)}();";
            }

            if (line.Has("operator"))
            {
                if (name is "op_Implicit" or "op_Explicit")
                {
                    string kind = name == "op_Implicit" ? "implicit" : "explicit";
                    return $"{Access(line)} static extern {kind} operator {returns}({parameters});";
                }

                return $"{Access(line)} static extern {returns} operator {Operators[name]}({parameters});";
            }

            return $"{Modifiers(line)}{returns} {TypeNames.Identifier(name)}({parameters});";
        }

        private string Property(ApiLine line)
        {
            int brace = line.Signature.IndexOf(" {", StringComparison.Ordinal);
            string head = line.Signature.Substring(0, brace);
            string accessors = string.Join(" ", line.Signature.Substring(brace + 2).TrimEnd('}')
                .Split(';', StringSplitOptions.RemoveEmptyEntries).Select(a => a.Trim() + ";"));
            string propertyType = TypeNames.ToCSharp(line.TypeOrReturn);
            int bracket = head.IndexOf('[', StringComparison.Ordinal);
            string name = bracket >= 0 ? head.Substring(0, bracket) : head;
            string declaredName = bracket >= 0 ? "this[" + ParameterList(line) + "]" : TypeNames.Identifier(name);
            if (line.Has("explicit-impl"))
            {
                int dot = name.LastIndexOf('.');
                string member = bracket >= 0 ? declaredName : TypeNames.Identifier(name.Substring(dot + 1));
                return $"extern {propertyType} {TypeNames.ToCSharp(name.Substring(0, dot))}.{member} {{ {accessors} }}";
            }

            return $"{Modifiers(line)}{propertyType} {declaredName} {{ {accessors} }}";
        }

        private static string Field(ApiLine line)
        {
            string fieldType = TypeNames.ToCSharp(line.TypeOrReturn);
            string name = line.Has("backing-field") ? "_" + line.Signature.Trim('<').Replace(">", "_", StringComparison.Ordinal) : line.Signature;
            name = TypeNames.Identifier(name);
            if (line.ConstValue != null)
            {
                return $"{Access(line)} const {fieldType} {name} = {ConstantExpression(line.TypeOrReturn, line.ConstValue)};";
            }

            string modifiers = string.Concat(FieldModifiers.Where(line.Has).Select(m => m + " "));
            return $"{Access(line)} {modifiers}{fieldType} {name};";
        }

        private string Event(ApiLine line)
        {
            return $"{Modifiers(line)}event {TypeNames.ToCSharp(line.TypeOrReturn)} {TypeNames.Identifier(line.Signature)};";
        }

        private string Modifiers(ApiLine line)
        {
            if (isInterface)
            {
                return string.Empty;
            }

            var parts = new List<string> { Access(line) };
            if (line.Has("static"))
            {
                parts.Add("static");
            }

            if (line.Has("abstract"))
            {
                parts.Add("abstract");
            }
            else
            {
                if (line.Has("sealed") && line.Has("override"))
                {
                    parts.Add("sealed");
                }

                if (line.Has("override"))
                {
                    parts.Add("override");
                }
                else if (line.Has("virtual"))
                {
                    parts.Add("virtual");
                }

                parts.Add("extern");
            }

            return string.Join(" ", parts) + " ";
        }

        private static string Access(ApiLine line)
        {
            if (line.Has("private-protected"))
            {
                return "private protected";
            }

            foreach (string access in AccessFlags)
            {
                if (line.Has(access))
                {
                    return access;
                }
            }

            return "public";
        }

        private string ParameterList(ApiLine line)
        {
            var parts = new List<string>();
            foreach (ApiParameter p in line.Parameters)
            {
                string attributes = string.Concat(ParameterAttributes(line, p.Name).Select(a => a + " "));
                string modifiers = p.Modifiers.Length > 0 ? p.Modifiers + " " : string.Empty;
                string defaultValue = p.DefaultValue == null ? string.Empty : " = " + DefaultExpression(p.DefaultValue);
                parts.Add($"{attributes}{modifiers}{TypeNames.ToCSharp(p.Type)} {TypeNames.Identifier(p.Name)}{defaultValue}");
            }

            return string.Join(", ", parts);
        }
    }
}
