using System.Collections;

namespace Samples.Bad
{
    public static class Numbers
    {
        public static IEnumerable FirstThree()
        {
            yield return 1; // expect: error
            yield return 2;
            yield return 3;
        }
    }
}
