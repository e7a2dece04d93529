using System.IO;
using Callhome.AgentCore.Crypto;

namespace Callhome.Firmware.Native
{
    /// <summary>Prints one line per known-answer test, as a serial console would show it.</summary>
    public sealed class TextSelfTestReport : ISelfTestReport
    {
        private readonly TextWriter output;

        public TextSelfTestReport(TextWriter output)
        {
            this.output = output;
        }

        public int Passed { get; private set; }

        public void Report(string name, bool passed)
        {
            if (passed)
            {
                Passed++;
            }

            output.WriteLine("  " + (passed ? "ok   " : "FAIL ") + name);
        }
    }
}
