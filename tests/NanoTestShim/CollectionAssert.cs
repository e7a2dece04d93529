using System.Collections;

namespace nanoFramework.TestFramework
{
    public sealed class CollectionAssert
    {
        public static void Empty(ICollection collection, string message = "")
        {
            if (collection == null || collection.Count != 0)
            {
                Assert.Fail("CollectionAssert.Empty failed", message);
            }
        }

        public static void NotEmpty(ICollection collection, string message = "")
        {
            if (collection == null || collection.Count == 0)
            {
                Assert.Fail("CollectionAssert.NotEmpty failed", message);
            }
        }
    }
}
