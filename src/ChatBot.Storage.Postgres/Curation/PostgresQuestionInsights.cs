using ChatBot.Core.Curation;
using ChatBot.Core.Curation.Insights;

namespace ChatBot.Storage.Postgres.Curation;

/// <summary>Aggregates of the question log for /unanswered and /stats.</summary>
public sealed class PostgresQuestionInsights(PostgresDatabase database) : IQuestionInsights
{
    public async Task<IReadOnlyList<AskedQuestion>> GetWeakQuestionsAsync(double lowConfidence, int scanLimit,
        CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await Pg.ReadAsync(c, null, """
            SELECT question, asked_at, answered, fact_id, chosen_fact_id, language FROM question_log
            WHERE NOT answered OR confidence < @low
            ORDER BY id DESC LIMIT @limit
            """, r => (Key: QuestionKey.Of(r.GetString(0)), Text: r.GetString(0), At: Pg.Time(r, 1),
                Answered: r.GetBoolean(2) ? Pg.StringOrNull(r, 3) : null, Chosen: Pg.StringOrNull(r, 4), Language: Pg.StringOrNull(r, 5)),
            ("low", lowConfidence), ("limit", scanLimit)).ConfigureAwait(false);
        // Grouped here, not in SQL: the key is the matcher's tokenization.
        return rows.GroupBy(r => r.Key, StringComparer.Ordinal).Select(g => new AskedQuestion(
            g.Key, g.First().Text, g.Count(), g.Max(r => r.At), MostCommon(g.Select(r => r.Chosen)), MostCommon(g.Select(r => r.Answered)),
            MostCommon(g.Select(r => r.Language)))).ToList();
    }

    public async Task<QuestionTotals> GetTotalsAsync(int topFacts, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        var (asked, answered) = (await Pg.ReadAsync(c, tx, "SELECT COUNT(*)::int, (COUNT(*) FILTER (WHERE answered))::int FROM question_log",
            r => (r.GetInt32(0), r.GetInt32(1))).ConfigureAwait(false))[0];
        var top = await Pg.ReadAsync(c, tx, """
            SELECT fact_id, COUNT(*)::int AS n FROM question_log
            WHERE answered AND fact_id IS NOT NULL
            GROUP BY fact_id ORDER BY n DESC, fact_id LIMIT @n
            """, r => new FactCount(r.GetString(0), r.GetInt32(1)), ("n", topFacts)).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new QuestionTotals(asked, answered, asked - answered, top);
    }

    private static string? MostCommon(IEnumerable<string?> values) =>
        values.Where(v => v is not null).GroupBy(v => v!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
}
