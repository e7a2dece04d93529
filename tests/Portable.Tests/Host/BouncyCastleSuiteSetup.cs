using System.Runtime.CompilerServices;
using System.Runtime.Versioning;
using Callhome.Boards.Linux;
using Callhome.Crypto.BouncyCastle;
using Callhome.Portable.Tests.Crypto;

[assembly: SupportedOSPlatform("linux")]

namespace Callhome.Portable.Tests.Host
{
    /// <summary>Host glue: the portable crypto tests run against the BouncyCastle backend, with the Linux
    /// board's getrandom(2) entropy, as the NativeAOT firmware does.</summary>
    internal static class BouncyCastleSuiteSetup
    {
#pragma warning disable CA2255 // A test assembly's own initializer: the suite must be set before any test runs.
        [ModuleInitializer]
#pragma warning restore CA2255
        internal static void SetSuiteUnderTest()
        {
            SuiteUnderTest.Suite = new BouncyCastleSuite(new GetRandomEntropySource());
        }
    }
}
