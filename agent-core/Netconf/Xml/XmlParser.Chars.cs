using System.Text;

namespace Callhome.AgentCore.Netconf.Xml
{
    /// <summary>Characters: UTF-8 decoding, the XML 1.0 Char production, references and line ends.</summary>
    public sealed partial class XmlParser
    {
        // CharData: up to the next '<'; "]]>" may not appear in it (XML 1.0 §2.4).
        private void Text(StringBuilder text)
        {
            while (pos < end)
            {
                byte b = data[pos];
                if (b == (byte)'<')
                {
                    return;
                }

                if (b == (byte)'&')
                {
                    AppendScalar(text, Reference());
                    continue;
                }

                if (Starts("]]>"))
                {
                    throw Error("']]>' in character data");
                }

                AppendLineNormalised(text);
            }
        }

        // XML 1.0 §2.11: CR LF and a lone CR both reach the application as LF.
        private void AppendLineNormalised(StringBuilder text)
        {
            if (data[pos] == 0x0d)
            {
                pos += pos + 1 < end && data[pos + 1] == 0x0a ? 2 : 1;
                text.Append('\n');
                return;
            }

            AppendScalar(text, ReadChar());
        }

        // Reference ::= '&' Name ';' for lt, gt, amp, apos, quot only; CharRef ::= '&#' [0-9]+ ';' | '&#x' [0-9a-fA-F]+ ';'
        private int Reference()
        {
            int at = pos;
            pos++;
            if (Has((byte)'#'))
            {
                pos++;
                bool hex = Has((byte)'x');
                if (hex)
                {
                    pos++;
                }

                int value = 0;
                int digits = 0;
                while (pos < end && data[pos] != (byte)';')
                {
                    int digit = Digit(data[pos], hex);
                    if (digit < 0 || value > 0x10ffff)
                    {
                        throw new XmlFormatException("malformed character reference", at);
                    }

                    value = (value * (hex ? 16 : 10)) + digit;
                    digits++;
                    pos++;
                }

                if (pos >= end || digits == 0 || !IsXmlChar(value))
                {
                    throw new XmlFormatException("character reference to no XML character", at);
                }

                pos++;
                return value;
            }

            string name = Name();
            if (!Has((byte)';'))
            {
                throw new XmlFormatException("';' expected after &" + name, at);
            }

            pos++;
            switch (name)
            {
                case "lt":
                    return '<';
                case "gt":
                    return '>';
                case "amp":
                    return '&';
                case "apos":
                    return '\'';
                case "quot":
                    return '"';
                default:
                    throw new XmlFormatException("entity &" + name + "; is not allowed (only the five predefined ones)", at);
            }
        }

        // One UTF-8 encoded XML Char: shortest form only, no surrogates, nothing past U+10FFFF, no control
        // characters but tab, LF and CR, no U+FFFE/U+FFFF.
        private int ReadChar()
        {
            int at = pos;
            int b = data[pos++];
            if (b < 0x80)
            {
                if (!IsXmlChar(b))
                {
                    throw new XmlFormatException(Describe(b) + " is not allowed in XML", at);
                }

                return b;
            }

            int more;
            int c;
            int min;
            if (b >= 0xc2 && b <= 0xdf)
            {
                more = 1;
                c = b & 0x1f;
                min = 0x80;
            }
            else if (b >= 0xe0 && b <= 0xef)
            {
                more = 2;
                c = b & 0x0f;
                min = 0x800;
            }
            else if (b >= 0xf0 && b <= 0xf4)
            {
                more = 3;
                c = b & 0x07;
                min = 0x10000;
            }
            else
            {
                throw new XmlFormatException("invalid UTF-8 byte 0x" + b.ToString("x2"), at);
            }

            for (int i = 0; i < more; i++)
            {
                if (pos >= end || (data[pos] & 0xc0) != 0x80)
                {
                    throw new XmlFormatException("truncated UTF-8 sequence", at);
                }

                c = (c << 6) | (data[pos++] & 0x3f);
            }

            if (c < min || !IsXmlChar(c))
            {
                throw new XmlFormatException("invalid UTF-8 sequence", at);
            }

            return c;
        }

        private static bool IsXmlChar(int c)
        {
            // Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
            return c == 0x09 || c == 0x0a || c == 0x0d || (c >= 0x20 && c <= 0xd7ff)
                || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
        }

        private static bool IsAsciiNameChar(byte b)
        {
            return (b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'A' && b <= (byte)'Z') || (b >= (byte)'0' && b <= (byte)'9')
                || b == (byte)'-' || b == (byte)'.' || b == (byte)'_' || b == (byte)':';
        }

        // NameStartChar within ASCII (names are ASCII here, see Name()).
        private static bool IsNameStart(int c)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
        }

        private static int Digit(byte b, bool hex)
        {
            if (b >= (byte)'0' && b <= (byte)'9')
            {
                return b - '0';
            }

            if (hex && b >= (byte)'a' && b <= (byte)'f')
            {
                return b - 'a' + 10;
            }

            if (hex && b >= (byte)'A' && b <= (byte)'F')
            {
                return b - 'A' + 10;
            }

            return -1;
        }

        private static void AppendScalar(StringBuilder text, int c)
        {
            if (c < 0x10000)
            {
                text.Append((char)c);
                return;
            }

            c -= 0x10000;
            text.Append((char)(0xd800 + (c >> 10)));
            text.Append((char)(0xdc00 + (c & 0x3ff)));
        }

        private static string Describe(int c)
        {
            return c >= 0x20 && c < 0x7f ? "'" + (char)c + "'" : "character U+" + c.ToString("X4");
        }

        private static bool IsWhitespace(byte b)
        {
            return b == 0x20 || b == 0x09 || b == 0x0a || b == 0x0d;
        }

        private bool SkipWhitespace()
        {
            int start = pos;
            while (pos < end && IsWhitespace(data[pos]))
            {
                pos++;
            }

            return pos > start;
        }

        private bool Has(byte b)
        {
            return pos < end && data[pos] == b;
        }

        private bool Starts(string text)
        {
            if (end - pos < text.Length)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (data[pos + i] != (byte)text[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
