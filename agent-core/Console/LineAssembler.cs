using System;

namespace Callhome.AgentCore.Console
{
    /// <summary>
    /// Bytes from a serial line into text lines, one byte at a time. CR, LF and CRLF each end one line (the LF
    /// after a CR is swallowed); backspace and DEL erase; a tab counts as a space. A line over the limit or
    /// with any other control or non-ASCII byte is discarded up to its end and reported as such, so one bad
    /// line never bleeds into the next. Echo goes to the given output when enabled, as a terminal expects.
    /// </summary>
    public sealed class LineAssembler
    {
        private const byte Cr = 13;
        private const byte Lf = 10;

        private readonly byte[] line = new byte[ConsoleLimits.MaxLineLength];
        private readonly char[] chars = new char[ConsoleLimits.MaxLineLength];
        private int length;
        private bool overflow;
        private bool binary;
        private bool afterCr;

        public bool Echo { get; set; }

        /// <summary>The last completed line (valid after <see cref="LineStatus.Complete"/>).</summary>
        public string Line { get; private set; } = string.Empty;

        public LineStatus Push(byte value, ConsoleOutput output)
        {
            bool swallow = afterCr && value == Lf;
            afterCr = false;
            if (swallow)
            {
                return LineStatus.Pending;
            }

            if (value == Cr || value == Lf)
            {
                afterCr = value == Cr;
                return EndLine(output);
            }

            if (value == 8 || value == 127)
            {
                if (length > 0 && !overflow)
                {
                    length--;
                    EchoText(output, "\b \b");
                }

                return LineStatus.Pending;
            }

            if (value == 9)
            {
                value = (byte)' ';
            }

            if (value < 32 || value > 126)
            {
                binary = true;
                return LineStatus.Pending;
            }

            if (length == line.Length)
            {
                overflow = true;
                return LineStatus.Pending;
            }

            line[length++] = value;
            if (Echo && !binary && !overflow)
            {
                output.WriteByte(value);
            }

            return LineStatus.Pending;
        }

        private LineStatus EndLine(ConsoleOutput output)
        {
            EchoText(output, "\r\n");
            LineStatus status = overflow ? LineStatus.TooLong : binary ? LineStatus.Binary : LineStatus.Complete;
            if (status == LineStatus.Complete)
            {
                for (int i = 0; i < length; i++)
                {
                    chars[i] = (char)line[i];
                }

                Line = new string(chars, 0, length);
            }
            else
            {
                Line = string.Empty;
            }

            Array.Clear(line, 0, length);
            length = 0;
            overflow = false;
            binary = false;
            return status;
        }

        private void EchoText(ConsoleOutput output, string text)
        {
            if (Echo)
            {
                output.Write(text);
            }
        }
    }
}
