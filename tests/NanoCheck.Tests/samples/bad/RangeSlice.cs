namespace Samples.Bad
{
    public static class Slices
    {
        public static byte[] Middle(byte[] data)
        {
            return data[1..3]; // expect: error
        }
    }
}
