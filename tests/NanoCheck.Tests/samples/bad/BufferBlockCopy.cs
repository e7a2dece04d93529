using System;

namespace Samples.Bad
{
    public static class Copier
    {
        public static void Copy(byte[] source, byte[] target)
        {
            Buffer.BlockCopy(source, 0, target, 0, 4); // expect: error
        }
    }
}
