using System;

namespace Samples.Bad
{
    public static class Clock
    {
        public static DateTimeKind Kind()
        {
            return DateTimeKind.Local; // expect: error CS0619
        }
    }
}
