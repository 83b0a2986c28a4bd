using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace ChatBot.Benchmarks;

/// <summary>Cold, expensive operations (seconds at 100k facts): measured a few times each, no pilot.</summary>
public sealed class BuildConfig : ManualConfig
{
    public BuildConfig()
    {
        AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithWarmupCount(1).WithIterationCount(3).WithLaunchCount(1).WithId("Build"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
