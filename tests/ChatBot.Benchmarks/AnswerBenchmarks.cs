using BenchmarkDotNet.Attributes;
using ChatBot.Benchmarks.Synthetic;
using ChatBot.Core.Matching;

namespace ChatBot.Benchmarks;

/// <summary>
/// One question of the mix per invocation (stored alternates, unseen paraphrases, typos, out-of-scope), cycling
/// through 1,000 questions. Answer is the whole use case (revision check, match, fact read, citations); Match is the
/// matcher alone (no SQL: candidates come from the index's postings). Per-question percentiles: `-- latency`.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class AnswerBenchmarks
{
    private StoreSession _session = null!;
    private IReadOnlyList<string> _questions = null!;
    private MatchIndex _index = null!;
    private int _next;

    [Params(1_000, 10_000, 100_000)]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _session = StoreSession.Open(Facts);
        _questions = [.. StoreCache.Questions(Facts).Select(q => q.Text)];
        _index = _session.Index;
    }

    [GlobalCleanup]
    public void Cleanup() => _session.Dispose();

    [Benchmark(Baseline = true)]
    public object Answer() => _session.Answerer.AnswerAsync(NextQuestion()).GetAwaiter().GetResult();

    [Benchmark]
    public object Match() => _session.Matcher.Match(NextQuestion(), _index);

    [Benchmark]
    public object Analyze() => QuestionAnalyzer.Analyze(NextQuestion(), _index);

    private string NextQuestion() => _questions[_next++ % _questions.Count];
}
