using System;
using Callhome.AgentCore.Netconf.Framing;

namespace Callhome.AgentCore.Netconf.Xml
{
    /// <summary>
    /// Writes UTF-8 XML to an <see cref="INetconfOutput"/> through one buffer allocated at construction, so a
    /// reply of any size costs no allocation per element. Elements use default namespaces (xmlns="...")
    /// written only where the namespace changes; namespaced attributes get a generated prefix. Text and
    /// attribute values are escaped so that what a parser reads back is exactly what was written.
    /// </summary>
    public sealed class XmlWriter
    {
        private readonly INetconfOutput output;
        private readonly byte[] buffer;
        private readonly string[] names;
        private readonly string[] namespaces;
        private int length;
        private int depth;
        private int prefixes;
        private bool tagOpen;

        public XmlWriter(INetconfOutput output, int bufferSize, int maxDepth)
        {
            if (bufferSize < 8)
            {
                throw new ArgumentOutOfRangeException(nameof(bufferSize));
            }

            this.output = output;
            buffer = new byte[bufferSize];
            names = new string[maxDepth];
            namespaces = new string[maxDepth + 1];
            namespaces[0] = string.Empty;
        }

        public int Depth
        {
            get { return depth; }
        }

        public void StartElement(string localName, string ns)
        {
            if (depth == names.Length)
            {
                throw new InvalidOperationException("deeper than " + names.Length + " elements");
            }

            CloseTag();
            Ascii("<");
            Ascii(localName);
            if (ns != namespaces[depth])
            {
                Ascii(" xmlns=\"");
                Escaped(ns, true);
                Ascii("\"");
            }

            names[depth] = localName;
            depth++;
            namespaces[depth] = ns;
            tagOpen = true;
        }

        /// <summary>An attribute in no namespace on the element just started.</summary>
        public void Attribute(string localName, string value)
        {
            RequireOpenTag();
            Ascii(" ");
            Ascii(localName);
            Ascii("=\"");
            Escaped(value, true);
            Ascii("\"");
        }

        /// <summary>A namespaced attribute (e.g. one copied from an rpc to its rpc-reply, RFC 6241 §4.2).</summary>
        public void Attribute(string ns, string localName, string value)
        {
            if (ns.Length == 0)
            {
                Attribute(localName, value);
                return;
            }

            RequireOpenTag();
            string prefix = "xml";
            if (ns != NetconfNamespaces.Xml)
            {
                // The xml prefix is bound by definition and may not be declared (Namespaces in XML 1.0 §3).
                prefix = "a" + prefixes++;
                DeclarePrefix(prefix, ns);
            }

            Ascii(" ");
            Ascii(prefix);
            Ascii(":");
            Ascii(localName);
            Ascii("=\"");
            Escaped(value, true);
            Ascii("\"");
        }

        /// <summary>Declares a prefix on the element just started, for text that names nodes by prefix (an
        /// error-path, RFC 6241 §4.3).</summary>
        public void DeclarePrefix(string prefix, string ns)
        {
            RequireOpenTag();
            Ascii(" xmlns:");
            Ascii(prefix);
            Ascii("=\"");
            Escaped(ns, true);
            Ascii("\"");
        }

        public void Text(string value)
        {
            if (value.Length == 0)
            {
                return;
            }

            CloseTag();
            Escaped(value, false);
        }

        public void EndElement()
        {
            if (depth == 0)
            {
                throw new InvalidOperationException("no open element");
            }

            depth--;
            if (tagOpen)
            {
                Ascii("/>");
                tagOpen = false;
                return;
            }

            Ascii("</");
            Ascii(names[depth]);
            Ascii(">");
        }

        /// <summary>A leaf: start, text, end.</summary>
        public void Element(string localName, string ns, string text)
        {
            StartElement(localName, ns);
            Text(text);
            EndElement();
        }

        public void Flush()
        {
            if (length > 0)
            {
                output.Write(buffer, 0, length);
                length = 0;
            }
        }

        private void RequireOpenTag()
        {
            if (!tagOpen)
            {
                throw new InvalidOperationException("attributes go right after StartElement");
            }
        }

        private void CloseTag()
        {
            if (tagOpen)
            {
                Ascii(">");
                tagOpen = false;
            }
        }

        private void Ascii(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                Byte((byte)text[i]);
            }
        }

        // Escapes what a parser would otherwise change: markup characters, and in attributes the white space
        // that attribute-value normalisation turns into spaces (XML 1.0 §3.3.3); CR everywhere (§2.11).
        private void Escaped(string text, bool attribute)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                switch (c)
                {
                    case '&':
                        Ascii("&amp;");
                        break;
                    case '<':
                        Ascii("&lt;");
                        break;
                    case '>':
                        Ascii("&gt;");
                        break;
                    case '\r':
                        Ascii("&#xD;");
                        break;
                    case '"':
                        Ascii(attribute ? "&quot;" : "\"");
                        break;
                    case '\n':
                        Ascii(attribute ? "&#xA;" : "\n");
                        break;
                    case '\t':
                        Ascii(attribute ? "&#x9;" : "\t");
                        break;
                    default:
                        i = Utf8(text, i);
                        break;
                }
            }
        }

        // Encodes the character at index (with its low surrogate, if it starts a pair) and returns the index of
        // the last character used. A lone surrogate or a character XML cannot carry becomes U+FFFD.
        private int Utf8(string text, int index)
        {
            int c = text[index];
            if (c >= 0xd800 && c <= 0xdbff && index + 1 < text.Length && text[index + 1] >= 0xdc00 && text[index + 1] <= 0xdfff)
            {
                c = 0x10000 + ((c - 0xd800) << 10) + (text[index + 1] - 0xdc00);
                index++;
            }
            else if ((c >= 0xd800 && c <= 0xdfff) || (c < 0x20 && c != 0x09 && c != 0x0a && c != 0x0d) || c == 0xfffe || c == 0xffff)
            {
                c = 0xfffd;
            }

            if (c < 0x80)
            {
                Byte((byte)c);
            }
            else if (c < 0x800)
            {
                Byte((byte)(0xc0 | (c >> 6)));
                Byte((byte)(0x80 | (c & 0x3f)));
            }
            else if (c < 0x10000)
            {
                Byte((byte)(0xe0 | (c >> 12)));
                Byte((byte)(0x80 | ((c >> 6) & 0x3f)));
                Byte((byte)(0x80 | (c & 0x3f)));
            }
            else
            {
                Byte((byte)(0xf0 | (c >> 18)));
                Byte((byte)(0x80 | ((c >> 12) & 0x3f)));
                Byte((byte)(0x80 | ((c >> 6) & 0x3f)));
                Byte((byte)(0x80 | (c & 0x3f)));
            }

            return index;
        }

        private void Byte(byte b)
        {
            if (length == buffer.Length)
            {
                Flush();
            }

            buffer[length++] = b;
        }
    }
}
