using System.Text.Json;
using ChatBot.Core.Matching;
using ChatBot.Core.Tests.Support;
using Xunit.Abstractions;

namespace ChatBot.Core.Tests.Quality;

public sealed class DebugTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Opts = new() { PropertyNameCaseInsensitive = true };

    [Fact]
    public async Task Explain()
    {
        using var store = new SeededStore();
        var index = await store.Indexes.GetAsync();
        foreach (var q in File.ReadAllLines("/tmp/dbg.txt"))
        {
            var a = QuestionAnalyzer.Analyze(q, index);
            output.WriteLine($"{q} => kind {a.Kind} wh {a.WhWord}: " + string.Join(" ", a.Concepts.Select(c => $"{c.Word}[{c.Key} df={index.DocumentFrequency(c.Key)} {Lexicon.RarityOf(c.Word)}{(c.Corrected ? " fixed" : "")}]")));
        }
    }

    [Fact]
    public async Task Features()
    {
        var cases = JsonSerializer.Deserialize<List<QualityCase>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Quality", "questions.json")), Opts)!;
        using var store = new SeededStore();
        var index = await store.Indexes.GetAsync();
        var matcher = new Matcher(new ChatBot.Storage.SqliteFactSearch(store.Database), new MatcherOptions());
        using var w = new StreamWriter("/tmp/features.tsv");
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            foreach (var (id, f) in matcher.Explain(c.Question, index))
            {
                w.WriteLine($"{i}\t{c.Expect ?? "-"}\t{id}\t{(id == c.Expect ? 1 : 0)}\t{string.Join("\t", f.ToVector().Select(v => v.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)))}");
            }
            if (matcher.Explain(c.Question, index).Count == 0)
            {
                w.WriteLine($"{i}\t{c.Expect ?? "-"}\t-\t0\t0\t0\t0\t0\t0\t0\t0\t0");
            }
        }
    }

    [Fact]
    public async Task Dump()
    {
        var cases = JsonSerializer.Deserialize<List<QualityCase>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Quality", "questions.json")), Opts)!;
        using var store = new SeededStore();
        var index = await store.Indexes.GetAsync();
        var matcher = new Matcher(new ChatBot.Storage.SqliteFactSearch(store.Database), new MatcherOptions { AnswerThreshold = 0, SuggestThreshold = 0, TieMargin = 2, MaxAlternatives = 60 });
        using var w = new StreamWriter("/tmp/qres.tsv");
        foreach (var c in cases)
        {
            var r = matcher.Match(c.Question, index);
            var all = r.Best is null ? [] : r.Alternatives.Prepend(r.Best).ToList();
            var best = all.FirstOrDefault();
            var second = all.Skip(1).FirstOrDefault();
            var correct = all.FirstOrDefault(x => x.FactId == c.Expect);
            w.WriteLine($"{c.Expect ?? "-"}\t{best?.FactId ?? "-"}\t{best?.Confidence ?? 0:0.000}\t{correct?.Confidence ?? 0:0.000}\t{second?.Confidence ?? 0:0.000}\t{c.Style}\t{c.Question}");
        }
    }
}
