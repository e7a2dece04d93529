namespace Callhome.AgentCore.Netconf.Schema
{
    /// <summary>A YANG type's value space (RFC 7950 §9): checks a value as sent in XML and gives its canonical
    /// form, or says why it is outside the type.</summary>
    public abstract class LeafType
    {
        /// <summary>Null when the text is a value of the type (canonical set); else the reason, for
        /// error-message.</summary>
        public abstract string? Check(string text, out string canonical);

        /// <summary>XML white space around a non-string value is not part of it (RFC 7950 §9.1).</summary>
        protected static string TrimXmlWhitespace(string text)
        {
            return text.Trim();
        }
    }
}
