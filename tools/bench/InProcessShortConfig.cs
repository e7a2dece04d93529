using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Callhome.Bench
{
    /// <summary>
    /// In-process (no generated project to restore and build, so it runs on a machine with only this repo's
    /// packages), 3 warm-up and 15 measured iterations: enough for medians on a shared 2-core machine.
    /// </summary>
    public sealed class InProcessShortConfig : ManualConfig
    {
        public InProcessShortConfig()
        {
            AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithWarmupCount(3)
                .WithIterationCount(15)
                .WithId("InProcess"));
        }
    }
}
