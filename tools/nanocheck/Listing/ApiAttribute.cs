using System;
using System.Collections.Generic;

namespace NanoCheck.Listing
{
    /// <summary>One attribute from column 11, e.g. <c>NotNullWhen(value;false)</c> or <c>return:NotNullIfNotNull(path)</c>.</summary>
    public sealed record ApiAttribute(string Name, IReadOnlyList<string> Arguments, bool OnReturn);

    /// <summary>Parses column 11 of the listing (comma-separated, arguments in (...) separated by ';').</summary>
    public static class AttributeListParser
    {
        public static IReadOnlyList<ApiAttribute> Parse(string text)
        {
            var result = new List<ApiAttribute>();
            if (string.IsNullOrEmpty(text))
            {
                return result;
            }

            int depth = 0;
            int start = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || (text[i] == ',' && depth == 0))
                {
                    result.Add(ParseOne(text.Substring(start, i - start)));
                    start = i + 1;
                }
                else if (text[i] == '(')
                {
                    depth++;
                }
                else if (text[i] == ')')
                {
                    depth--;
                }
            }

            return result;
        }

        private static ApiAttribute ParseOne(string item)
        {
            bool onReturn = false;
            if (item.StartsWith("return:", StringComparison.Ordinal))
            {
                onReturn = true;
                item = item.Substring("return:".Length);
            }

            int open = item.IndexOf('(', StringComparison.Ordinal);
            if (open < 0)
            {
                return new ApiAttribute(item, Array.Empty<string>(), onReturn);
            }

            string name = item.Substring(0, open);
            string args = item.Substring(open + 1, item.Length - open - 2);
            string[] arguments = args.Length == 0 ? Array.Empty<string>() : args.Split(';');
            for (int i = 0; i < arguments.Length; i++)
            {
                arguments[i] = Uri.UnescapeDataString(arguments[i]);
            }

            return new ApiAttribute(name, arguments, onReturn);
        }
    }
}
