using System.Collections.Generic;
using nanoFramework.TestFramework;
using Xunit;

namespace Callhome.Portable.Tests.Host
{
    /// <summary>Each nanoFramework-dialect test of this assembly, run as one xunit case.</summary>
    public class PortableTestCases
    {
        public static IEnumerable<object[]> Cases => NanoTestRunner.Discover(typeof(PortableTestCases).Assembly);

        [SkippableTheory]
        [MemberData(nameof(Cases))]
        public void Run(string test)
        {
            try
            {
                NanoTestRunner.Run(typeof(PortableTestCases).Assembly, test);
            }
            catch (SkipTestException skip)
            {
                throw new SkipException(skip.Message);
            }
        }
    }
}
