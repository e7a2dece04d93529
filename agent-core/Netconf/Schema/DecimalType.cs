namespace Callhome.AgentCore.Netconf.Schema
{
    /// <summary>decimal64 with fraction-digits 1 (RFC 7950 §9.3), held as an integer count of tenths; the
    /// canonical form has one digit on each side of the point at least ("12.0", "-0.5").</summary>
    public sealed class DecimalType : LeafType
    {
        public DecimalType(long minTenths, long maxTenths)
        {
            MinTenths = minTenths;
            MaxTenths = maxTenths;
        }

        public long MinTenths { get; }

        public long MaxTenths { get; }

        public static string Format(long tenths)
        {
            long magnitude = tenths < 0 ? -tenths : tenths;
            return (tenths < 0 ? "-" : string.Empty) + (magnitude / 10) + "." + (magnitude % 10);
        }

        /// <summary>Tenths of the value, or false when the text is not a decimal with at most one fraction
        /// digit.</summary>
        public static bool TryParse(string text, out long tenths)
        {
            tenths = 0;
            string value = text.Trim();
            int at = value.Length > 0 && (value[0] == '-' || value[0] == '+') ? 1 : 0;
            int digits = 0;
            int fraction = -1;
            for (; at < value.Length; at++)
            {
                char c = value[at];
                if (c == '.' && fraction < 0)
                {
                    fraction = 0;
                    continue;
                }

                if (c < '0' || c > '9' || digits > 17 || fraction >= 1)
                {
                    return false;
                }

                tenths = (tenths * 10) + (c - '0');
                digits++;
                if (fraction >= 0)
                {
                    fraction++;
                }
            }

            if (digits == 0 || fraction == 0)
            {
                return false;
            }

            tenths = fraction == 1 ? tenths : tenths * 10;
            tenths = value[0] == '-' ? -tenths : tenths;
            return true;
        }

        public override string? Check(string text, out string canonical)
        {
            canonical = string.Empty;
            if (!TryParse(text, out long tenths))
            {
                return "\"" + text.Trim() + "\" is not a decimal with one fraction digit";
            }

            if (tenths < MinTenths || tenths > MaxTenths)
            {
                return Format(tenths) + " is outside " + Format(MinTenths) + ".." + Format(MaxTenths);
            }

            canonical = Format(tenths);
            return null;
        }
    }
}
