namespace Callhome.AgentCore.Netconf.Schema
{
    /// <summary>The integer types with a range (RFC 7950 §9.2): decimal, optional sign, canonical without
    /// leading zeros or '+'.</summary>
    public sealed class IntegerType : LeafType
    {
        public IntegerType(long min, long max)
        {
            Min = min;
            Max = max;
        }

        public long Min { get; }

        public long Max { get; }

        public override string? Check(string text, out string canonical)
        {
            canonical = string.Empty;
            string value = TrimXmlWhitespace(text);
            int start = value.Length > 0 && (value[0] == '-' || value[0] == '+') ? 1 : 0;
            if (value.Length == start || value.Length - start > 18)
            {
                return "\"" + value + "\" is not an integer";
            }

            long number = 0;
            for (int i = start; i < value.Length; i++)
            {
                char c = value[i];
                if (c < '0' || c > '9')
                {
                    return "\"" + value + "\" is not an integer";
                }

                number = (number * 10) + (c - '0');
            }

            if (value[0] == '-')
            {
                number = -number;
            }

            if (number < Min || number > Max)
            {
                return number + " is outside " + Min + ".." + Max;
            }

            canonical = number.ToString();
            return null;
        }
    }
}
