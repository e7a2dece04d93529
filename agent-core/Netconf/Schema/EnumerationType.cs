namespace Callhome.AgentCore.Netconf.Schema
{
    /// <summary>enumeration (RFC 7950 §9.6): one of the listed names.</summary>
    public sealed class EnumerationType : LeafType
    {
        private readonly string[] names;

        public EnumerationType(string[] names)
        {
            this.names = names;
        }

        public override string? Check(string text, out string canonical)
        {
            canonical = TrimXmlWhitespace(text);
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i] == canonical)
                {
                    return null;
                }
            }

            return "\"" + canonical + "\" is not one of the enumeration's names";
        }
    }
}
