using BenchmarkDotNet.Attributes;
using ChatBot.Core.Answering;
using ChatBot.Core.Facts;
using ChatBot.Core.Matching;

namespace ChatBot.Benchmarks;

/// <summary>
/// What a start (or an admin change) costs: reading every active fact, and building the <see cref="MatchIndex"/>.
/// ReadyToServe is both plus the first question, through a fresh <see cref="MatchIndexProvider"/>.
/// </summary>
[Config(typeof(BuildConfig))]
public class IndexBenchmarks
{
    private StoreSession _session = null!;
    private IReadOnlyList<Fact> _facts = null!;
    private SynonymTable _synonyms = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _session = StoreSession.Open(Facts);
        _facts = _session.Store.GetActiveFactsAsync().GetAwaiter().GetResult();
        _synonyms = new SynonymTable(_session.Store.GetSynonymGroupsAsync().GetAwaiter().GetResult());
    }

    [GlobalCleanup]
    public void Cleanup() => _session.Dispose();

    [Benchmark]
    public object LoadFacts() => _session.Store.GetActiveFactsAsync().GetAwaiter().GetResult();

    [Benchmark]
    public object BuildIndex() => MatchIndex.Build(_facts, _synonyms, 1);

    [Benchmark]
    public object ReadyToServe()
    {
        using var indexes = new MatchIndexProvider(_session.Store);
        var answerer = new QuestionAnswerer(_session.Store, indexes, _session.Matcher);
        return answerer.AnswerAsync("Who leads the US delegation?").GetAwaiter().GetResult();
    }
}
