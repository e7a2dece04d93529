namespace Samples.Bad
{
    public static class Pairs
    {
        public static int Length()
        {
            (int Id, string Name) pair = (1, "one"); // expect: error
            return pair.Name.Length + pair.Id;
        }
    }
}
