using BenchmarkDotNet.Attributes;
using ChatBot.Benchmarks.Synthetic;
using ChatBot.Core.Matching;

namespace ChatBot.Benchmarks;

/// <summary>
/// One question of the mix per invocation (stored alternates, unseen paraphrases, typos, out-of-scope), cycling
/// through 1,000 questions. Answer is the whole use case; Match is matcher + FTS5; MatchNoSql replays recorded FTS5
/// hits, so Match − MatchNoSql is SQLite's share; Search is FTS5 alone. Per-question percentiles: `-- latency`.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class AnswerBenchmarks
{
    private StoreSession _session = null!;
    private IReadOnlyList<string> _questions = null!;
    private List<IReadOnlyList<IReadOnlyList<string>>> _queries = null!;
    private Matcher _replay = null!;
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
        _queries = [.. _questions.Select(q => (IReadOnlyList<IReadOnlyList<string>>)[.. QuestionAnalyzer.Analyze(q, _index).Concepts.Select(c => c.SearchTerms)])];
        _replay = new Matcher(new RecordedSearch(_session.Search, _queries, _session.Options.CandidateLimit), _session.Options);
    }

    [GlobalCleanup]
    public void Cleanup() => _session.Dispose();

    [Benchmark(Baseline = true)]
    public object Answer() => _session.Answerer.AnswerAsync(NextQuestion()).GetAwaiter().GetResult();

    [Benchmark]
    public object Match() => _session.Matcher.Match(NextQuestion(), _index);

    [Benchmark]
    public object MatchNoSql() => _replay.Match(NextQuestion(), _index);

    [Benchmark]
    public object Analyze() => QuestionAnalyzer.Analyze(NextQuestion(), _index);

    [Benchmark]
    public object Search()
    {
        var i = _next++ % _queries.Count;
        return _session.Search.Search(_queries[i], _session.Options.CandidateLimit);
    }

    private string NextQuestion() => _questions[_next++ % _questions.Count];
}
