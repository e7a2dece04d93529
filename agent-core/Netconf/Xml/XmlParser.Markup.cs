namespace Callhome.AgentCore.Netconf.Xml
{
    /// <summary>Tags, attributes and namespace scopes.</summary>
    public sealed partial class XmlParser
    {
        // STag ::= '<' Name (S Attribute)* S? '>'; EmptyElemTag ends in '/>'. Declarations on the element are
        // bound first (Namespaces in XML 1.0 §6.1), then its own name and its attributes are resolved.
        private XmlElement StartTag(XmlElement? parent, int depth, out bool open)
        {
            if (depth > limits.MaxDepth)
            {
                throw Error("elements nested deeper than " + limits.MaxDepth);
            }

            if (++elements > limits.MaxElements)
            {
                throw Error("more than " + limits.MaxElements + " elements");
            }

            pos++;
            string qname = Name();
            int count = 0;
            while (true)
            {
                bool spaced = SkipWhitespace();
                if (Starts("/>") || Has((byte)'>'))
                {
                    break;
                }

                if (pos >= end)
                {
                    throw Error("document ends inside the tag <" + qname);
                }

                if (!spaced)
                {
                    throw Error("white space expected before an attribute of <" + qname + ">");
                }

                if (count == rawNames.Length)
                {
                    throw Error("more than " + limits.MaxAttributes + " attributes on <" + qname + ">");
                }

                string name = Name();
                for (int i = 0; i < count; i++)
                {
                    if (rawNames[i] == name)
                    {
                        throw Error("attribute " + name + " repeated");
                    }
                }

                EqualSign();
                rawNames[count] = name;
                rawValues[count] = Quoted();
                count++;
            }

            open = !Starts("/>");
            pos += open ? 1 : 2;
            openNames[depth - 1] = qname;
            scopeMarks[depth - 1] = bindings;
            Declare(count);
            XmlElement element = new XmlElement(Resolve(Prefix(qname), true), Local(qname));
            Attributes(element, count);
            if (parent != null)
            {
                parent.AddChild(element);
            }

            if (!open)
            {
                bindings = scopeMarks[depth - 1];
            }

            return element;
        }

        // ETag ::= '</' Name S? '>', matching the open element's name as written.
        private void EndTag(int depth)
        {
            int at = pos;
            pos += 2;
            string qname = Name();
            SkipWhitespace();
            if (!Has((byte)'>'))
            {
                throw Error("'>' expected to end </" + qname);
            }

            pos++;
            if (qname != openNames[depth - 1])
            {
                throw new XmlFormatException("</" + qname + "> does not close <" + openNames[depth - 1] + ">", at);
            }

            bindings = scopeMarks[depth - 1];
        }

        private void Declare(int count)
        {
            for (int i = 0; i < count; i++)
            {
                string name = rawNames[i];
                string prefix;
                if (name == "xmlns")
                {
                    prefix = string.Empty;
                }
                else if (Prefix(name) == "xmlns")
                {
                    prefix = Local(name);
                    if (rawValues[i].Length == 0)
                    {
                        throw Error("prefix " + prefix + " bound to the empty name");
                    }
                }
                else
                {
                    continue;
                }

                string uri = rawValues[i];
                if (prefix == "xmlns" || (prefix == "xml") != (uri == XmlNamespace) || uri == XmlnsNamespace)
                {
                    throw Error("reserved prefix or namespace in " + name + "=\"" + uri + "\"");
                }

                boundPrefixes[bindings] = prefix;
                boundUris[bindings] = uri;
                bindings++;
            }
        }

        private void Attributes(XmlElement element, int count)
        {
            for (int i = 0; i < count; i++)
            {
                string name = rawNames[i];
                string prefix = Prefix(name);
                if (name == "xmlns" || prefix == "xmlns")
                {
                    continue;
                }

                // Unprefixed attributes are in no namespace (§6.2), whatever the default namespace is.
                string ns = prefix.Length == 0 ? string.Empty : Resolve(prefix, false);
                string local = Local(name);
                if (element.AttributeValue(ns, local) != null)
                {
                    throw Error("attribute {" + ns + "}" + local + " repeated");
                }

                element.AddAttribute(new XmlAttribute(ns, local, rawValues[i]));
            }
        }

        private string Resolve(string prefix, bool element)
        {
            if (prefix == "xml")
            {
                return XmlNamespace;
            }

            for (int i = bindings - 1; i >= 0; i--)
            {
                if (boundPrefixes[i] == prefix)
                {
                    return boundUris[i];
                }
            }

            if (prefix.Length == 0 && element)
            {
                return string.Empty;
            }

            throw Error("prefix " + prefix + " is not declared");
        }

        private static string Prefix(string qname)
        {
            int colon = qname.IndexOf(':');
            return colon < 0 ? string.Empty : qname.Substring(0, colon);
        }

        private static string Local(string qname)
        {
            int colon = qname.IndexOf(':');
            return colon < 0 ? qname : qname.Substring(colon + 1);
        }

        // Name, checked as a QName: at most one colon, with a non-empty prefix and local part, ASCII only.
        private string Name()
        {
            int start = pos;
            nameText.Length = 0;
            int colons = 0;
            while (pos < end)
            {
                byte b = data[pos];
                if (b >= 0x80)
                {
                    // NETCONF names are YANG identifiers (RFC 7950 §6.2), which are ASCII; refusing the rest keeps
                    // us off the Unicode name tables, where XML editions and parsers disagree.
                    throw Error("non-ASCII character in a name");
                }

                if (!IsAsciiNameChar(b))
                {
                    break;
                }

                bool first = pos == start || (nameText.Length > 0 && nameText[nameText.Length - 1] == ':');
                int c = ReadChar();
                if (first && (!IsNameStart(c) || c == ':'))
                {
                    // Both the prefix and the local part are NCNames (Namespaces in XML 1.0 §3).
                    throw Error("a name cannot start with " + Describe(c));
                }

                if (c == ':')
                {
                    colons++;
                }

                AppendScalar(nameText, c);
                if (nameText.Length > limits.MaxNameLength)
                {
                    throw Error("name longer than " + limits.MaxNameLength + " characters");
                }
            }

            if (pos == start)
            {
                throw Error(pos < end ? "name expected, got " + Describe(data[pos]) : "name expected at the end of the document");
            }

            string name = nameText.ToString();
            if (colons > 1 || name[name.Length - 1] == ':')
            {
                throw Error("\"" + name + "\" is not a qualified name");
            }

            return name;
        }

        // Eq ::= S? '=' S?
        private void EqualSign()
        {
            SkipWhitespace();
            if (!Has((byte)'='))
            {
                throw Error("'=' expected");
            }

            pos++;
            SkipWhitespace();
        }

        // AttValue: quoted by ' or ", no '<', references expanded, white space characters become spaces
        // (XML 1.0 §3.3.3 normalisation for CDATA attributes; a character reference keeps its character).
        private string Quoted()
        {
            if (!Has((byte)'"') && !Has((byte)'\''))
            {
                throw Error("quoted value expected");
            }

            byte quote = data[pos++];
            scratch.Length = 0;
            while (true)
            {
                if (pos >= end)
                {
                    throw Error("unterminated attribute value");
                }

                byte b = data[pos];
                if (b == quote)
                {
                    pos++;
                    return scratch.ToString();
                }

                if (b == (byte)'<')
                {
                    throw Error("'<' in an attribute value");
                }

                if (b == (byte)'&')
                {
                    AppendScalar(scratch, Reference());
                }
                else if (b == 0x0d && pos + 1 < end && data[pos + 1] == 0x0a)
                {
                    // CR LF is one line end (§2.11), hence one space.
                    pos += 2;
                    scratch.Append(' ');
                }
                else
                {
                    int c = ReadChar();
                    AppendScalar(scratch, c == 0x09 || c == 0x0a || c == 0x0d ? 0x20 : c);
                }
            }
        }
    }
}
