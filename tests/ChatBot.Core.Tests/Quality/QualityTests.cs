using System.Text;
using System.Text.Json;
using ChatBot.Core.Citations;
using ChatBot.Core.Tests.Support;
using Xunit.Abstractions;

namespace ChatBot.Core.Tests.Quality;

/// <summary>
/// The matcher measured on a question set written apart from the stored questions: paraphrases, typos, terse and
/// long phrasings, and out-of-scope near-misses. The floors are the product's promise; the report shows the margin.
/// </summary>
public sealed class QualityTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    [Fact]
    public async Task Question_set_meets_accuracy_abstention_and_citation_floors()
    {
        // questions.json was used to tune the matcher; holdout.json was written apart and never tuned on.
        var cases = new[] { "questions.json", "holdout.json" }
            .SelectMany(f => JsonSerializer.Deserialize<List<QualityCase>>(
                File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Quality", f)), Json)!)
            .ToList();
        using var store = new SeededStore();
        var sources = store.Seed.Sources.ToDictionary(s => s.Id);
        int inScope = 0, top1 = 0, outScope = 0, abstained = 0, citations = 0, verbatim = 0;
        var misses = new StringBuilder();
        foreach (var c in cases)
        {
            var outcome = await store.Answerer.AnswerAsync(c.Question);
            foreach (var citation in outcome.Citations)
            {
                citations++;
                verbatim += CitationVerifier.IsVerbatim(citation.Quote, sources[citation.SourceId].Text) ? 1 : 0;
            }
            var got = outcome.Answered ? outcome.Fact!.Id : null;
            if (c.Expect is null)
            {
                outScope++;
                abstained += got is null ? 1 : 0;
            }
            else
            {
                inScope++;
                top1 += got == c.Expect ? 1 : 0;
            }
            if (got != c.Expect)
            {
                misses.AppendLine($"  [{c.Style}] \"{c.Question}\" expected {c.Expect ?? "-"} got {got ?? "-"} ({outcome.Confidence:0.00}; alts {string.Join(",", outcome.Alternatives.Select(a => $"{a.FactId}:{a.Confidence:0.00}"))})");
            }
        }
        var accuracy = top1 / (double)inScope;
        var abstention = abstained / (double)outScope;
        var citationRate = citations == 0 ? 0 : verbatim / (double)citations;
        output.WriteLine($"QUALITY in-scope top-1: {accuracy:P1} ({top1}/{inScope}); out-of-scope abstention: {abstention:P1} ({abstained}/{outScope}); verbatim citations: {citationRate:P1} ({verbatim}/{citations})");
        output.WriteLine("Misses:\n" + misses);
        Console.WriteLine($"QUALITY in-scope top-1: {accuracy:P1} ({top1}/{inScope}); out-of-scope abstention: {abstention:P1} ({abstained}/{outScope}); verbatim citations: {citationRate:P1} ({verbatim}/{citations})");

        Assert.True(inScope >= 150 && outScope >= 40, "the question set is smaller than the floors are defined on");
        Assert.True(accuracy >= 0.90, $"in-scope top-1 {accuracy:P1} is below 90%");
        Assert.True(abstention >= 0.90, $"out-of-scope abstention {abstention:P1} is below 90%");
        Assert.Equal(citations, verbatim);
    }
}
