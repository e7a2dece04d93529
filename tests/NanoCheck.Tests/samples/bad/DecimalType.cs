namespace Samples.Bad
{
    public static class Money
    {
        public static double Price()
        {
            decimal price = 1.5m; // expect: error
            return (double)price;
        }
    }
}
