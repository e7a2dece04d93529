namespace Callhome.AgentCore.Netconf.Schema
{
    /// <summary>string with a length range (RFC 7950 §9.4), in characters; white space is part of the value.
    /// Control characters are refused: names and descriptions end up on consoles and in logs.</summary>
    public sealed class StringType : LeafType
    {
        public StringType(int minLength, int maxLength)
        {
            MinLength = minLength;
            MaxLength = maxLength;
        }

        public int MinLength { get; }

        public int MaxLength { get; }

        public override string? Check(string text, out string canonical)
        {
            canonical = text;
            if (text.Length < MinLength || text.Length > MaxLength)
            {
                return "length " + text.Length + " is outside " + MinLength + ".." + MaxLength;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < 0x20 || text[i] == 0x7f)
                {
                    return "control character at position " + i;
                }
            }

            return null;
        }
    }
}
