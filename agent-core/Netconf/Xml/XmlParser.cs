using System.Text;

namespace Callhome.AgentCore.Netconf.Xml
{
    /// <summary>
    /// A small, safe XML 1.0 parser for NETCONF messages (nanoFramework has no System.Xml). UTF-8 only;
    /// namespaces resolved (Namespaces in XML 1.0); character references and the five predefined entities;
    /// CDATA, comments and processing instructions. Refused: any DOCTYPE (so no DTD, no external or internal
    /// entities, no entity expansion attacks) and every other entity reference. Bounded by
    /// <see cref="XmlLimits"/>; iterative, so depth does not grow the call stack.
    /// </summary>
    public sealed partial class XmlParser
    {
        private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
        private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

        private readonly XmlLimits limits;
        private readonly string[] rawNames;
        private readonly string[] rawValues;
        private readonly int[] scopeMarks;
        private readonly string[] openNames;
        private readonly string[] boundPrefixes;
        private readonly string[] boundUris;
        private readonly StringBuilder scratch = new StringBuilder();
        private readonly StringBuilder nameText = new StringBuilder();
        private byte[] data = new byte[0];
        private int pos;
        private int end;
        private int bindings;
        private int elements;

        public XmlParser(XmlLimits limits)
        {
            this.limits = limits;
            rawNames = new string[limits.MaxAttributes];
            rawValues = new string[limits.MaxAttributes];
            scopeMarks = new int[limits.MaxDepth + 1];
            openNames = new string[limits.MaxDepth + 1];
            boundPrefixes = new string[limits.MaxDepth * limits.MaxAttributes];
            boundUris = new string[limits.MaxDepth * limits.MaxAttributes];
        }

        /// <summary>Parses one whole document and returns its root element; throws
        /// <see cref="XmlFormatException"/> for anything not well-formed or not allowed.</summary>
        public XmlElement Parse(byte[] buffer, int offset, int count)
        {
            data = buffer;
            pos = offset;
            end = offset + count;
            bindings = 0;
            elements = 0;
            if (Has(0xef) && pos + 2 < end && data[pos + 1] == 0xbb && data[pos + 2] == 0xbf)
            {
                pos += 3;
            }

            if (Starts("<?xml") && pos + 5 < end && IsWhitespace(data[pos + 5]))
            {
                XmlDeclaration();
            }

            Misc();
            if (pos >= end)
            {
                throw Error("no root element");
            }

            if (Starts("<!DOCTYPE"))
            {
                throw Error("DOCTYPE is not allowed");
            }

            if (!Has((byte)'<'))
            {
                throw Error("content before the root element");
            }

            XmlElement root = Content();
            Misc();
            if (pos < end)
            {
                throw Error("content after the root element");
            }

            return root;
        }

        // element content, iteratively: the open elements are the chain of Parent links from `current`.
        private XmlElement Content()
        {
            XmlElement root = StartTag(null, 1, out bool open);
            XmlElement? current = open ? root : null;
            int depth = open ? 1 : 0;
            while (current != null)
            {
                if (pos >= end)
                {
                    throw Error("document ends inside <" + current.LocalName + ">");
                }

                if (!Has((byte)'<'))
                {
                    Text(current.TextBuilder());
                }
                else if (Starts("</"))
                {
                    EndTag(depth);
                    current = current.Parent;
                    depth--;
                }
                else if (Starts("<!--"))
                {
                    Comment();
                }
                else if (Starts("<![CDATA["))
                {
                    CData(current.TextBuilder());
                }
                else if (Starts("<?"))
                {
                    ProcessingInstruction();
                }
                else if (Starts("<!"))
                {
                    throw Error("markup declarations are not allowed");
                }
                else
                {
                    XmlElement child = StartTag(current, depth + 1, out open);
                    if (open)
                    {
                        current = child;
                        depth++;
                    }
                }
            }

            return root;
        }

        // Misc ::= Comment | PI | S, before and after the root element.
        private void Misc()
        {
            while (pos < end)
            {
                if (IsWhitespace(data[pos]))
                {
                    pos++;
                }
                else if (Starts("<!--"))
                {
                    Comment();
                }
                else if (Starts("<?"))
                {
                    ProcessingInstruction();
                }
                else
                {
                    return;
                }
            }
        }

        // XMLDecl ::= '<?xml' VersionInfo EncodingDecl? SDDecl? S? '?>'; only UTF-8 is read.
        private void XmlDeclaration()
        {
            pos += 5;
            bool version = false;
            while (true)
            {
                bool spaced = SkipWhitespace();
                if (Starts("?>"))
                {
                    pos += 2;
                    break;
                }

                if (!spaced)
                {
                    throw Error("white space expected in the XML declaration");
                }

                string name = Name();
                EqualSign();
                string value = Quoted();
                if (name == "version" && !version)
                {
                    if (value != "1.0")
                    {
                        throw Error("XML version " + value + " is not supported");
                    }

                    version = true;
                }
                else if (name == "encoding" && version)
                {
                    if (!AsciiIgnoreCase(value, "utf-8"))
                    {
                        throw Error("encoding " + value + " is not supported; only UTF-8");
                    }
                }
                else if (name == "standalone" && version)
                {
                    if (value != "yes" && value != "no")
                    {
                        throw Error("standalone must be yes or no");
                    }
                }
                else
                {
                    throw Error("unexpected " + name + " in the XML declaration");
                }
            }

            if (!version)
            {
                throw Error("the XML declaration has no version");
            }
        }

        private void Comment()
        {
            pos += 4;
            while (true)
            {
                if (Starts("--"))
                {
                    if (pos + 2 < end && data[pos + 2] == (byte)'>')
                    {
                        pos += 3;
                        return;
                    }

                    throw Error("'--' inside a comment");
                }

                if (pos >= end)
                {
                    throw Error("unterminated comment");
                }

                ReadChar();
            }
        }

        private void ProcessingInstruction()
        {
            pos += 2;
            string target = Name();
            if (AsciiIgnoreCase(target, "xml"))
            {
                throw Error("XML declaration not at the start of the document");
            }

            if (target.IndexOf(':') >= 0)
            {
                // Namespaces in XML 1.0 §7: processing-instruction targets are NCNames.
                throw Error("':' in a processing-instruction target");
            }

            if (Starts("?>"))
            {
                pos += 2;
                return;
            }

            if (!SkipWhitespace())
            {
                throw Error("white space expected after the processing-instruction target");
            }

            while (!Starts("?>"))
            {
                if (pos >= end)
                {
                    throw Error("unterminated processing instruction");
                }

                ReadChar();
            }

            pos += 2;
        }

        private void CData(StringBuilder text)
        {
            pos += 9;
            while (!Starts("]]>"))
            {
                if (pos >= end)
                {
                    throw Error("unterminated CDATA section");
                }

                AppendLineNormalised(text);
            }

            pos += 3;
        }

        private static bool AsciiIgnoreCase(string text, string lower)
        {
            if (text.Length != lower.Length)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if ((c >= 'A' && c <= 'Z' ? (char)(c + 32) : c) != lower[i])
                {
                    return false;
                }
            }

            return true;
        }

        private XmlFormatException Error(string message)
        {
            return new XmlFormatException(message, pos);
        }
    }
}
