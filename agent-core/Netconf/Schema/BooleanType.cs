namespace Callhome.AgentCore.Netconf.Schema
{
    /// <summary>boolean (RFC 7950 §9.5): exactly "true" or "false".</summary>
    public sealed class BooleanType : LeafType
    {
        public override string? Check(string text, out string canonical)
        {
            canonical = TrimXmlWhitespace(text);
            return canonical == "true" || canonical == "false" ? null : "\"" + canonical + "\" is not true or false";
        }
    }
}
