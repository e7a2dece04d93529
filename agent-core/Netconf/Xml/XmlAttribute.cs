namespace Callhome.AgentCore.Netconf.Xml
{
    /// <summary>An attribute after namespace processing; unprefixed attributes have no namespace (Namespaces in
    /// XML 1.0 §6.2). Namespace declarations are not attributes here.</summary>
    public sealed class XmlAttribute
    {
        public XmlAttribute(string ns, string localName, string value)
        {
            Namespace = ns;
            LocalName = localName;
            Value = value;
        }

        public string Namespace { get; }

        public string LocalName { get; }

        public string Value { get; }
    }
}
