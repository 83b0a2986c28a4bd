using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace ChatBot.Benchmarks;

/// <summary>Short runs (this is a 2-core box and the whole suite must stay under ~15 minutes) with percentiles.</summary>
public sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(8).WithLaunchCount(1)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)).WithId("Short"));
        AddColumn(StatisticColumn.P50, StatisticColumn.P95, new P99Column(), StatisticColumn.Max);
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
