using System.Collections;
using System.Text;

namespace Callhome.AgentCore.Netconf.Xml
{
    /// <summary>
    /// One element of a parsed document: expanded name, attributes, child elements and its own character
    /// data (text and CDATA directly inside it, joined). NETCONF content is not mixed, so text between child
    /// elements is only whitespace; it is kept all the same.
    /// </summary>
    public sealed class XmlElement
    {
        private readonly ArrayList children = new ArrayList();
        private readonly ArrayList attributes = new ArrayList();
        private StringBuilder? text;
        private string? textValue;

        public XmlElement(string ns, string localName)
        {
            Namespace = ns;
            LocalName = localName;
        }

        public string Namespace { get; }

        public string LocalName { get; }

        public XmlElement? Parent { get; private set; }

        public int ChildCount
        {
            get { return children.Count; }
        }

        public int AttributeCount
        {
            get { return attributes.Count; }
        }

        public string Text
        {
            get
            {
                if (textValue == null)
                {
                    textValue = text == null ? string.Empty : text.ToString();
                }

                return textValue;
            }
        }

        /// <summary>True when the element has character data other than XML white space.</summary>
        public bool HasNonWhitespaceText
        {
            get
            {
                string value = Text;
                for (int i = 0; i < value.Length; i++)
                {
                    char c = value[i];
                    if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        public XmlElement Child(int index)
        {
            return (XmlElement)children[index]!;
        }

        public XmlAttribute Attribute(int index)
        {
            return (XmlAttribute)attributes[index]!;
        }

        public bool Is(string ns, string localName)
        {
            return LocalName == localName && Namespace == ns;
        }

        /// <summary>The first child with this expanded name, or null.</summary>
        public XmlElement? FirstChild(string ns, string localName)
        {
            for (int i = 0; i < children.Count; i++)
            {
                XmlElement child = (XmlElement)children[i]!;
                if (child.Is(ns, localName))
                {
                    return child;
                }
            }

            return null;
        }

        /// <summary>The value of the attribute with this expanded name, or null.</summary>
        public string? AttributeValue(string ns, string localName)
        {
            for (int i = 0; i < attributes.Count; i++)
            {
                XmlAttribute attribute = (XmlAttribute)attributes[i]!;
                if (attribute.LocalName == localName && attribute.Namespace == ns)
                {
                    return attribute.Value;
                }
            }

            return null;
        }

        public void AddChild(XmlElement child)
        {
            child.Parent = this;
            children.Add(child);
        }

        public void AddAttribute(XmlAttribute attribute)
        {
            attributes.Add(attribute);
        }

        public void AppendText(string value)
        {
            if (text == null)
            {
                text = new StringBuilder();
            }

            text.Append(value);
            textValue = null;
        }

        internal StringBuilder TextBuilder()
        {
            if (text == null)
            {
                text = new StringBuilder();
            }

            textValue = null;
            return text;
        }
    }
}
