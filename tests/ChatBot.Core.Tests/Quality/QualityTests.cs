using System.Text;
using System.Text.Json;
using ChatBot.Core.Citations;
using ChatBot.Core.Tests.Support;
using Xunit.Abstractions;

namespace ChatBot.Core.Tests.Quality;

/// <summary>
/// The matcher measured on question sets written apart from the stored questions: paraphrases, typos, terse and
/// long phrasings, and out-of-scope near-misses. questions.json was used while tuning; holdout.json was written by
/// another author and never tuned on, though its results were looked at while choosing rules; fresh.json was written
/// later by yet another author and final.json last by a fourth; both were only measured, so their numbers are the
/// honest estimate for questions nobody has seen.
/// Top-1: the matcher's best candidate is the right fact, whether answered outright or offered first under
/// "did you mean". Abstention: no answer is given. Wrong answers: a confident answer citing the wrong fact.
/// </summary>
public sealed class QualityTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    // The tuning set must meet the targets. The others guard what was measured, a few points lower: held-out
    // 90.7% top-1 / 87.1% abstention, fresh 83.0 / 70.0, final 81.3 / 64.4. A set may grow but not shrink.
    [Theory]
    [InlineData("questions.json", 236, 88, 0.90, 0.90, 0.05)]
    [InlineData("holdout.json", 140, 70, 0.85, 0.75, 0.08)]
    [InlineData("fresh.json", 100, 50, 0.78, 0.65, 0.08)]
    [InlineData("final.json", 75, 45, 0.76, 0.58, 0.10)]
    public async Task Question_set_stays_above_its_accuracy_abstention_and_citation_floors(
        string file, int inScope, int outOfScope, double top1, double abstention, double wrongAnswers)
    {
        var report = await MeasureAsync(file);

        Assert.True(report.InScope >= inScope && report.OutOfScope >= outOfScope, $"{file} is smaller than its floors are defined on");
        Assert.True(report.Top1 >= top1, $"in-scope top-1 {report.Top1:P1} is below {top1:P0}");
        Assert.True(report.Abstention >= abstention, $"out-of-scope abstention {report.Abstention:P1} is below {abstention:P0}");
        Assert.True(report.WrongAnswers <= wrongAnswers, $"wrong answers {report.WrongAnswers:P1} exceed {wrongAnswers:P0}");
        Assert.Equal(1.0, report.Verbatim);
    }

    private async Task<QualityReport> MeasureAsync(string file)
    {
        var cases = JsonSerializer.Deserialize<List<QualityCase>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Quality", file)), Json)!;
        using var store = new SeededStore();
        var sources = store.Seed.Sources.ToDictionary(s => s.Id);
        int inScope = 0, top1 = 0, answeredRight = 0, wrong = 0, outScope = 0, abstained = 0, citations = 0, verbatim = 0;
        var misses = new StringBuilder();
        foreach (var c in cases)
        {
            var outcome = await store.Answerer.AnswerAsync(c.Question);
            foreach (var citation in outcome.Citations)
            {
                citations++;
                verbatim += CitationVerifier.IsVerbatim(citation.Quote, sources[citation.SourceId].Text) ? 1 : 0;
            }
            var answered = outcome.Answered ? outcome.Fact!.Id : null;
            var best = answered ?? (outcome.Alternatives.Count > 0 ? outcome.Alternatives[0].FactId : null);
            if (c.Expect is null)
            {
                outScope++;
                abstained += answered is null ? 1 : 0;
            }
            else
            {
                inScope++;
                top1 += best == c.Expect ? 1 : 0;
                answeredRight += answered == c.Expect ? 1 : 0;
                wrong += answered is not null && answered != c.Expect ? 1 : 0;
            }
            if (answered != c.Expect)
            {
                misses.AppendLine($"  [{c.Style}] \"{c.Question}\" expected {c.Expect ?? "-"} answered {answered ?? "-"} ({outcome.Confidence:0.00}; offered {string.Join(",", outcome.Alternatives.Select(a => $"{a.FactId}:{a.Confidence:0.00}"))})");
            }
        }
        var report = new QualityReport(inScope, outScope, top1 / (double)inScope, answeredRight / (double)inScope,
            wrong / (double)inScope, abstained / (double)outScope, citations == 0 ? 0 : verbatim / (double)citations);
        var line = $"QUALITY {file}: in-scope top-1 {report.Top1:P1} (answered outright {report.AnsweredRight:P1}, wrong answers {report.WrongAnswers:P1}) of {inScope}; out-of-scope abstention {report.Abstention:P1} of {outScope}; verbatim citations {report.Verbatim:P1} of {citations}";
        output.WriteLine(line);
        output.WriteLine("Not answered as expected:\n" + misses);
        Console.WriteLine(line);
        return report;
    }
}
