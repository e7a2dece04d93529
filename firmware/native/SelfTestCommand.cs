using System.IO;
using Callhome.AgentCore.Crypto;
using Callhome.Boards.Linux;

namespace Callhome.Firmware.Native
{
    /// <summary>Runs the portable known-answer tests against the selected backend; exit code 1 on any failure.</summary>
    public static class SelfTestCommand
    {
        public static int Run(CommandLine line, TextWriter output)
        {
            ICryptoSuite suite = CryptoBackends.FromCommandLine(line, new GetRandomEntropySource());
            return RunOn(suite, output) == 0 ? 0 : 1;
        }

        /// <returns>the number of failed known-answer tests.</returns>
        public static int RunOn(ICryptoSuite suite, TextWriter output)
        {
            var report = new TextSelfTestReport(output);
            int failures = CryptoSelfTest.Run(suite, report);
            output.WriteLine("self-test " + suite.Name + ": " + report.Passed + " passed, " + failures + " failed");
            return failures;
        }
    }
}
