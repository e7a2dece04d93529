using Samples.Lib;

namespace Samples.BadApp
{
    public static class Ticker
    {
        public static int TickTwice(Counter counter)
        {
            counter.Tick();
            counter.Tick();
            return counter.Value.CompareTo(2); // expect: error (Int32.CompareTo is not in nanoFramework's mscorlib)
        }

        public static string Label(Counter counter) => counter.Value.ToString(System.Globalization.CultureInfo.InvariantCulture); // expect: error (only ToString() and ToString(string) exist)
    }
}
