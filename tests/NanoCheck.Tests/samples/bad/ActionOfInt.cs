using System;

namespace Samples.Bad
{
    public static class Callbacks
    {
        public static void Fire()
        {
            Action<int> callback = x => { }; // expect: error
            callback(1);
        }
    }
}
