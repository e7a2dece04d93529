namespace Samples.Bad
{
    public static class Buffers
    {
        public static byte Last(byte[] data)
        {
            return data[^1]; // expect: error
        }
    }
}
