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
    // fresh.json was written by a separate author after the last change to the matcher and has never been tuned on;
    // measured 83.0% top-1 and 70.0% abstention, guarded a few points lower.
    private const double FreshTop1Floor = 0.78;
    private const double FreshAbstentionFloor = 0.65;
    // final.json was written last, by a fourth author, and only measured: 81.3% top-1, 64.4% abstention, 0 wrong.
    private const double FinalTop1Floor = 0.76;
    private const double FinalAbstentionFloor = 0.58;

    [Fact]
    public async Task Tuning_set_meets_accuracy_abstention_and_citation_floors()
    {
        var report = await MeasureAsync("questions.json");

        Assert.True(report.InScope >= 150 && report.OutOfScope >= 40, "the question set is smaller than the floors are defined on");
        Assert.True(report.Top1 >= 0.90, $"in-scope top-1 {report.Top1:P1} is below 90%");
        Assert.True(report.Abstention >= 0.90, $"out-of-scope abstention {report.Abstention:P1} is below 90%");
        Assert.True(report.WrongAnswers <= 0.05, $"wrong answers {report.WrongAnswers:P1} exceed 5%");
        Assert.Equal(1.0, report.Verbatim);
    }

    [Fact]
    public async Task Held_out_set_stays_above_regression_floors()
    {
        var report = await MeasureAsync("holdout.json");

        Assert.True(report.Top1 >= 0.85, $"in-scope top-1 {report.Top1:P1} is below 85%");
        Assert.True(report.Abstention >= 0.75, $"out-of-scope abstention {report.Abstention:P1} is below 75%");
        Assert.True(report.WrongAnswers <= 0.08, $"wrong answers {report.WrongAnswers:P1} exceed 8%");
        Assert.Equal(1.0, report.Verbatim);
    }

    [Fact]
    public async Task Fresh_set_written_after_the_last_tuning_stays_above_regression_floors()
    {
        var report = await MeasureAsync("fresh.json");

        Assert.True(report.InScope >= 100 && report.OutOfScope >= 50, "the question set is smaller than the floors are defined on");
        Assert.True(report.Top1 >= FreshTop1Floor, $"in-scope top-1 {report.Top1:P1} is below {FreshTop1Floor:P0}");
        Assert.True(report.Abstention >= FreshAbstentionFloor, $"out-of-scope abstention {report.Abstention:P1} is below {FreshAbstentionFloor:P0}");
        Assert.True(report.WrongAnswers <= 0.08, $"wrong answers {report.WrongAnswers:P1} exceed 8%");
        Assert.Equal(1.0, report.Verbatim);
    }

    [Fact]
    public async Task Final_set_written_last_stays_above_regression_floors()
    {
        var report = await MeasureAsync("final.json");

        Assert.True(report.InScope >= 75 && report.OutOfScope >= 45, "the question set is smaller than the floors are defined on");
        Assert.True(report.Top1 >= FinalTop1Floor, $"in-scope top-1 {report.Top1:P1} is below {FinalTop1Floor:P0}");
        Assert.True(report.Abstention >= FinalAbstentionFloor, $"out-of-scope abstention {report.Abstention:P1} is below {FinalAbstentionFloor:P0}");
        Assert.True(report.WrongAnswers <= 0.10, $"wrong answers {report.WrongAnswers:P1} exceed 10%");
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
