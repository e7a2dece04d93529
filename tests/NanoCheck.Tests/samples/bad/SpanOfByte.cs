using System;

namespace Samples.Bad
{
    public static class Frames
    {
        public static byte First(byte[] buffer)
        {
            Span<byte> span = buffer; // expect: error
            return span[0];
        }
    }
}
