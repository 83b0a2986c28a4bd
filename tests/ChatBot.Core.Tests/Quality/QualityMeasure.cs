using System.Text;
using System.Text.Json;
using ChatBot.Core.Citations;

namespace ChatBot.Core.Tests.Quality;

/// <summary>Asks every question of a set through the real answerer and sorts the outcomes into a report.</summary>
internal static class QualityMeasure
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<QualityCase> Load(string file) =>
        JsonSerializer.Deserialize<List<QualityCase>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Quality", file)), Json)!;

    public static async Task<(QualityReport Report, string Misses)> RunAsync(QualityStore store, IReadOnlyList<QualityCase> cases)
    {
        int inScope = 0, right = 0, offered = 0, wrong = 0, outScope = 0, abstained = 0, citations = 0, verbatim = 0;
        int passageHelpful = 0, passageUnrelated = 0, passageOutOfScope = 0;
        var misses = new StringBuilder();
        foreach (var c in cases)
        {
            var outcome = await store.Answerer.AnswerAsync(c.Question);
            foreach (var citation in outcome.Citations)
            {
                citations++;
                verbatim += CitationVerifier.IsVerbatim(citation.Quote, store.Sources[citation.SourceId].Text) ? 1 : 0;
            }
            if (outcome.Passage is { } passage)
            {
                citations++;
                verbatim += CitationVerifier.IsVerbatim(passage.Text, store.Sources[passage.Citation.SourceId].Text) ? 1 : 0;
                var verdict = await PassageVerdictAsync(store, c, passage.Text);
                passageHelpful += verdict == 1 ? 1 : 0;
                passageUnrelated += verdict == 0 ? 1 : 0;
                passageOutOfScope += verdict < 0 ? 1 : 0;
                if (verdict != 1)
                {
                    misses.AppendLine($"  [{c.Style}] \"{c.Question}\" expected {c.Expect ?? "-"}: source says \"{passage.Text}\" ({passage.Confidence:0.00})");
                }
            }
            var answered = outcome.Answered ? outcome.Fact!.Id : null;
            var first = outcome.Alternatives.Count > 0 ? outcome.Alternatives[0].FactId : null;
            if (c.Expect is null)
            {
                outScope++;
                abstained += answered is null ? 1 : 0;
            }
            else
            {
                inScope++;
                right += answered == c.Expect ? 1 : 0;
                wrong += answered is not null && answered != c.Expect ? 1 : 0;
                offered += answered is null && first == c.Expect ? 1 : 0;
            }
            if (answered != c.Expect)
            {
                misses.AppendLine($"  [{c.Style}] \"{c.Question}\" expected {c.Expect ?? "-"} answered {answered ?? "-"} ({outcome.Confidence:0.00}; offered {string.Join(",", outcome.Alternatives.Select(a => $"{a.FactId}:{a.Confidence:0.00}"))})");
            }
        }
        double In(int n) => inScope == 0 ? 0 : n / (double)inScope;
        var report = new QualityReport(inScope, outScope, In(right), In(offered), In(wrong),
            In(inScope - right - offered - wrong), outScope == 0 ? 0 : abstained / (double)outScope,
            citations == 0 ? 1 : verbatim / (double)citations)
        {
            PassageHelpful = passageHelpful,
            PassageUnrelated = passageUnrelated,
            PassageOutOfScope = passageOutOfScope,
        };
        return (report, misses.ToString());
    }

    /// <summary>
    /// 1 when the quoted sentence states the expected fact (holds one of its quotes, or is held by one) or the labelled
    /// passage; 0 for another sentence on an in-scope question; -1 on a question nothing in the store answers.
    /// </summary>
    private static async Task<int> PassageVerdictAsync(QualityStore store, QualityCase c, string sentence)
    {
        var text = CitationText.Normalize(sentence);
        if (c.Expect is null)
        {
            return c.Passage is not null && text.Contains(CitationText.Normalize(c.Passage), StringComparison.Ordinal) ? 1 : -1;
        }
        var fact = await store.Store.GetFactAsync(c.Expect);
        return fact is not null && fact.Quotes.Any(q =>
            CitationText.Normalize(q.Text) is var quote && (text.Contains(quote, StringComparison.Ordinal) || quote.Contains(text, StringComparison.Ordinal)))
            ? 1
            : 0;
    }
}
