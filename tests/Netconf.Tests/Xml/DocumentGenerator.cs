using System;
using System.Collections.Generic;
using System.Text;

namespace Callhome.Netconf.Tests.Xml
{
    /// <summary>Seeded random well-formed documents that use everything the reader supports: declarations,
    /// BOM, prefixes and default namespaces (re-declared and undeclared in nested scopes), attributes with
    /// either quote, the five entities, decimal and hex character references, CDATA, comments, processing
    /// instructions, CR LF line ends, non-ASCII and supplementary characters.</summary>
    internal sealed class DocumentGenerator
    {
        private static readonly string[] Names = { "a", "rpc", "get-config", "x.y", "_u", "n1", "Get_Config", "a-b.c" };
        private static readonly string[] Prefixes = { "p", "nc", "q1" };
        private static readonly string[] Uris = { "urn:ietf:params:xml:ns:netconf:base:1.0", "urn:x", "urn:y", "http://e/\u00e9" };
        private static readonly string[] TextPieces =
        {
            "plain", " ", "\n", "\r\n", "\r", "\t", "&lt;", "&gt;", "&amp;", "&apos;", "&quot;", "&#65;", "&#x20AC;",
            "&#x1F600;", "\u00e9", "\ud83d\ude00", "]]a", "]>", "'", "\"", "<![CDATA[ <&]] ]]>", "<!-- c -->", "<?pi data?>",
        };

        private readonly Random random;

        public DocumentGenerator(int seed)
        {
            random = new Random(seed);
        }

        public byte[] Next()
        {
            var text = new StringBuilder();
            if (random.Next(4) == 0)
            {
                text.Append('\ufeff');
            }

            if (random.Next(2) == 0)
            {
                text.Append("<?xml version=\"1.0\"").Append(random.Next(2) == 0 ? " encoding=\"UTF-8\"" : string.Empty).Append("?>\n");
            }

            if (random.Next(3) == 0)
            {
                text.Append("<!-- before -->\n");
            }

            Element(text, 1, new List<string>());
            if (random.Next(3) == 0)
            {
                text.Append("\n<?after x?>\n");
            }

            return Encoding.UTF8.GetBytes(text.ToString());
        }

        private void Element(StringBuilder text, int depth, List<string> declared)
        {
            var scope = new List<string>(declared);
            var attributes = new StringBuilder();
            if (random.Next(3) == 0)
            {
                attributes.Append(" xmlns=\"").Append(random.Next(4) == 0 ? string.Empty : Pick(Uris)).Append('"');
            }

            foreach (string prefix in Prefixes)
            {
                if (random.Next(4) == 0)
                {
                    attributes.Append(" xmlns:").Append(prefix).Append("=\"").Append(Pick(Uris)).Append('"');
                    scope.Add(prefix);
                }
            }

            string name = Pick(Names);
            if (scope.Count > 0 && random.Next(2) == 0)
            {
                name = scope[random.Next(scope.Count)] + ":" + name;
            }

            var used = new HashSet<string>();
            for (int i = random.Next(4); i > 0; i--)
            {
                string attribute = Pick(Names);
                if (scope.Count > 0 && random.Next(3) == 0)
                {
                    // One prefix per attribute name here: two prefixes bound to one URI would make a duplicate.
                    attribute = scope[random.Next(scope.Count)] + ":" + attribute;
                }

                string local = attribute.Contains(':', StringComparison.Ordinal) ? attribute[(attribute.IndexOf(':', StringComparison.Ordinal) + 1)..] : attribute;
                if (used.Add(local))
                {
                    char quote = random.Next(2) == 0 ? '"' : '\'';
                    attributes.Append(Space()).Append(attribute).Append(Space(true)).Append('=').Append(Space(true))
                        .Append(quote).Append(AttributeValue(quote)).Append(quote);
                }
            }

            text.Append('<').Append(name).Append(attributes).Append(Space(true));
            if (depth >= 6 || random.Next(4) == 0)
            {
                text.Append("/>");
                return;
            }

            text.Append('>');
            for (int i = random.Next(5); i > 0; i--)
            {
                if (random.Next(2) == 0)
                {
                    Element(text, depth + 1, scope);
                }
                else
                {
                    text.Append(Pick(TextPieces));
                }
            }

            text.Append("</").Append(name).Append(Space(true)).Append('>');
        }

        private string AttributeValue(char quote)
        {
            var value = new StringBuilder();
            for (int i = random.Next(4); i > 0; i--)
            {
                string piece = Pick(TextPieces);
                if (piece.StartsWith('<') || piece.Contains(quote, StringComparison.Ordinal))
                {
                    piece = "&#x9;v";
                }

                value.Append(piece);
            }

            return value.ToString();
        }

        private string Space(bool optional = false)
        {
            int kind = random.Next(optional ? 6 : 3);
            return kind switch
            {
                0 => " ",
                1 => "\n  ",
                2 => "\t",
                _ => string.Empty,
            };
        }

        private string Pick(string[] items)
        {
            return items[random.Next(items.Length)];
        }
    }
}
