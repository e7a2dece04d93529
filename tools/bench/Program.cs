using BenchmarkDotNet.Running;

namespace Callhome.Bench
{
    public static class Program
    {
        public static void Main(string[] args)
        {
            if (args.Length == 1 && args[0] == "--check-netconf")
            {
                // What one operation of each NETCONF benchmark writes, so a benchmark of a closed session shows.
                var bench = new NetconfBenchmarks();
                long start = bench.FullGetOfTheUps();
                long get = bench.FullGetOfTheUps() - start;
                long edit = bench.EditConfigRoundTrip() - (start + get);
                System.Console.WriteLine("full get: " + get + " B per reply; edit-config: " + edit + " B per reply");
                return;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
