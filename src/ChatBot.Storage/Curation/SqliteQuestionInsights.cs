using ChatBot.Core.Curation;
using ChatBot.Core.Curation.Insights;

namespace ChatBot.Storage.Curation;

/// <summary>Aggregates of the question log (migration 002) for /unanswered and /stats.</summary>
public sealed class SqliteQuestionInsights(SqliteDatabase database) : IQuestionInsights
{
    public Task<IReadOnlyList<AskedQuestion>> GetWeakQuestionsAsync(double lowConfidence, int scanLimit,
        CancellationToken cancellationToken = default)
    {
        using var c = database.Open();
        using var command = CurationSql.Command(c, null, """
            SELECT question, asked_at, answered, fact_id, chosen_fact_id, language FROM question_log
            WHERE answered = 0 OR confidence < $low
            ORDER BY id DESC LIMIT $limit
            """, ("$low", lowConfidence), ("$limit", scanLimit));
        using var reader = command.ExecuteReader();
        var rows = new List<(string Key, string Text, DateTimeOffset At, string? Answered, string? Chosen, string? Language)>();
        while (reader.Read())
        {
            var text = reader.GetString(0);
            rows.Add((QuestionKey.Of(text), text, FactRows.ReadTime(reader.GetString(1)),
                reader.GetInt64(2) != 0 && !reader.IsDBNull(3) ? reader.GetString(3) : null,
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }
        // Grouped here, not in SQL: the key is the matcher's tokenization, which SQLite cannot compute.
        var groups = rows.GroupBy(r => r.Key, StringComparer.Ordinal).Select(g => new AskedQuestion(
            g.Key,
            g.First().Text,
            g.Count(),
            g.Max(r => r.At),
            MostCommon(g.Select(r => r.Chosen)),
            MostCommon(g.Select(r => r.Answered)),
            MostCommon(g.Select(r => r.Language)))).ToList();
        return Task.FromResult<IReadOnlyList<AskedQuestion>>(groups);
    }

    public Task<QuestionTotals> GetTotalsAsync(int topFacts, CancellationToken cancellationToken = default)
    {
        using var c = database.Open();
        using var tx = c.BeginTransaction(deferred: true);
        int asked, answered;
        using (var totals = CurationSql.Command(c, tx, "SELECT COUNT(*), COALESCE(SUM(answered), 0) FROM question_log"))
        using (var r = totals.ExecuteReader())
        {
            r.Read();
            asked = r.GetInt32(0);
            answered = r.GetInt32(1);
        }
        var top = new List<FactCount>();
        using (var command = CurationSql.Command(c, tx, """
            SELECT fact_id, COUNT(*) AS n FROM question_log
            WHERE answered = 1 AND fact_id IS NOT NULL
            GROUP BY fact_id ORDER BY n DESC, fact_id LIMIT $n
            """, ("$n", topFacts)))
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                top.Add(new FactCount(r.GetString(0), r.GetInt32(1)));
            }
        }
        tx.Commit();
        return Task.FromResult(new QuestionTotals(asked, answered, asked - answered, top));
    }

    private static string? MostCommon(IEnumerable<string?> values) =>
        values.Where(v => v is not null).GroupBy(v => v!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
}
