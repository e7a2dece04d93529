using System;
using System.Collections.Generic;
using System.Text;

namespace NanoCheck.Listing
{
    /// <summary>One parameter from column 8: <c>[modifier ]name: type[ = default]</c>.</summary>
    public sealed record ApiParameter(string Modifiers, string Name, string Type, string? DefaultValue);

    /// <summary>Parses column 8 of the listing.</summary>
    public static class ParameterListParser
    {
        public static IReadOnlyList<ApiParameter> Parse(string text, int lineNumber)
        {
            var result = new List<ApiParameter>();
            if (string.IsNullOrEmpty(text))
            {
                return result;
            }

            foreach (string item in SplitTopLevel(text))
            {
                int colon = item.IndexOf(": ", StringComparison.Ordinal);
                if (colon < 0)
                {
                    throw new FormatException($"listing line {lineNumber}: bad parameter '{item}'");
                }

                string head = item.Substring(0, colon);
                string tail = item.Substring(colon + 2);
                string modifiers = string.Empty;
                string name = head;
                int lastSpace = head.LastIndexOf(' ');
                if (lastSpace >= 0)
                {
                    modifiers = head.Substring(0, lastSpace);
                    name = head.Substring(lastSpace + 1);
                }

                string type = tail;
                string? defaultValue = null;
                int eq = tail.IndexOf(" = ", StringComparison.Ordinal);
                if (eq >= 0)
                {
                    type = tail.Substring(0, eq);
                    defaultValue = tail.Substring(eq + 3);
                }

                result.Add(new ApiParameter(modifiers, name, type, defaultValue));
            }

            return result;
        }

        /// <summary>Splits on ", " outside quotes and outside &lt;...&gt;.</summary>
        private static List<string> SplitTopLevel(string text)
        {
            var parts = new List<string>();
            var current = new StringBuilder();
            int depth = 0;
            char quote = '\0';
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (quote != '\0')
                {
                    current.Append(c);
                    if (c == '\\' && i + 1 < text.Length)
                    {
                        current.Append(text[++i]);
                    }
                    else if (c == quote)
                    {
                        quote = '\0';
                    }

                    continue;
                }

                if (c == '"' || c == '\'')
                {
                    quote = c;
                }
                else if (c == '<')
                {
                    depth++;
                }
                else if (c == '>')
                {
                    depth--;
                }
                else if (c == ',' && depth == 0 && i + 1 < text.Length && text[i + 1] == ' ')
                {
                    parts.Add(current.ToString());
                    current.Clear();
                    i++;
                    continue;
                }

                current.Append(c);
            }

            parts.Add(current.ToString());
            return parts;
        }
    }
}
