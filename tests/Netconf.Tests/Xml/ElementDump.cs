using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Xml;
using XmlAttribute = Callhome.AgentCore.Netconf.Xml.XmlAttribute;
using XmlElement = Callhome.AgentCore.Netconf.Xml.XmlElement;
using Callhome.AgentCore.Netconf.Xml;

namespace Callhome.Netconf.Tests.Xml
{
    /// <summary>One canonical text for a document's element tree, from our parser or from System.Xml, so the
    /// two can be compared: expanded names, attributes in document order, each element's own character data.</summary>
    internal static class ElementDump
    {
        public static string Of(XmlElement element)
        {
            var text = new StringBuilder();
            Write(element, text);
            return text.ToString();
        }

        /// <summary>System.Xml's view, with DTDs prohibited (they are refused by ours too).</summary>
        public static string OfSystemXml(byte[] document)
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                IgnoreWhitespace = false,
                CheckCharacters = true,
            };
            using var reader = XmlReader.Create(new MemoryStream(document), settings);
            var open = new Stack<(StringBuilder Head, StringBuilder Text, List<string> Children)>();
            string? root = null;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var head = new StringBuilder();
                        head.Append('{').Append(Quote(reader.NamespaceURI)).Append('}').Append(Quote(reader.LocalName)).Append('[');
                        bool empty = reader.IsEmptyElement;
                        for (bool more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                        {
                            if (reader.NamespaceURI != "http://www.w3.org/2000/xmlns/")
                            {
                                head.Append('{').Append(Quote(reader.NamespaceURI)).Append('}').Append(Quote(reader.LocalName))
                                    .Append('=').Append(Quote(reader.Value)).Append(';');
                            }
                        }

                        reader.MoveToElement();
                        head.Append(']');
                        open.Push((head, new StringBuilder(), new List<string>()));
                        if (empty)
                        {
                            root = Close(open);
                        }

                        break;
                    case XmlNodeType.EndElement:
                        root = Close(open);
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace:
                        if (open.Count > 0)
                        {
                            open.Peek().Text.Append(reader.Value);
                        }

                        break;
                }
            }

            return root ?? string.Empty;
        }

        private static string Close(Stack<(StringBuilder Head, StringBuilder Text, List<string> Children)> open)
        {
            var (head, text, children) = open.Pop();
            string dump = head + "(" + Quote(text.ToString()) + ")<" + string.Join(",", children) + ">";
            if (open.Count > 0)
            {
                open.Peek().Children.Add(dump);
            }

            return dump;
        }

        private static void Write(XmlElement element, StringBuilder text)
        {
            text.Append('{').Append(Quote(element.Namespace)).Append('}').Append(Quote(element.LocalName)).Append('[');
            for (int i = 0; i < element.AttributeCount; i++)
            {
                XmlAttribute attribute = element.Attribute(i);
                text.Append('{').Append(Quote(attribute.Namespace)).Append('}').Append(Quote(attribute.LocalName))
                    .Append('=').Append(Quote(attribute.Value)).Append(';');
            }

            text.Append("](").Append(Quote(element.Text)).Append(")<");
            for (int i = 0; i < element.ChildCount; i++)
            {
                if (i > 0)
                {
                    text.Append(',');
                }

                Write(element.Child(i), text);
            }

            text.Append('>');
        }

        private static string Quote(string value)
        {
            var text = new StringBuilder("\"");
            foreach (char c in value)
            {
                if (c < 0x20 || c == '"' || c == '\\' || c > 0x7e)
                {
                    text.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    text.Append(c);
                }
            }

            return text.Append('"').ToString();
        }
    }
}
