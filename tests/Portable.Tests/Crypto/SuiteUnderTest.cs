using System;
using Callhome.AgentCore.Crypto;

namespace Callhome.Portable.Tests.Crypto
{
    /// <summary>
    /// The backend the crypto vector tests run against. The host sets it before any test runs
    /// (Host/BouncyCastleSuiteSetup.cs: the BouncyCastle suite); a nanoFramework test image sets it to the
    /// board's lean suite. Portable tests never name a backend.
    /// </summary>
    public static class SuiteUnderTest
    {
        private static ICryptoSuite? suite;

        public static ICryptoSuite Suite
        {
            get
            {
                if (suite == null)
                {
                    throw new InvalidOperationException("no crypto suite under test: set SuiteUnderTest.Suite first");
                }

                return suite;
            }

            set
            {
                ArgumentNullException.ThrowIfNull(value);
                suite = value;
            }
        }
    }
}
