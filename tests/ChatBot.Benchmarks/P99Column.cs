using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ChatBot.Benchmarks;

/// <summary>99th percentile of BenchmarkDotNet's iteration means (not of single questions: see `-- latency`).</summary>
public sealed class P99Column : IColumn
{
    public string Id => nameof(P99Column);

    public string ColumnName => "P99";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Percentile 99 of the iteration means";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(style);
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null)
        {
            return "NA";
        }
        var ns = statistics.Percentiles.Percentile(99);
        return ns >= 1_000_000 ? (ns / 1_000_000).ToString("N3", style.CultureInfo) + " ms" : (ns / 1_000).ToString("N2", style.CultureInfo) + " μs";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
