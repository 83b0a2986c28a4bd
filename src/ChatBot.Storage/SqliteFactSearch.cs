using System.Text;
using ChatBot.Core.Facts;

namespace ChatBot.Storage;

/// <summary>Candidate retrieval with FTS5: bm25 with per-column weights, porter stemming, diacritics folded.</summary>
public sealed class SqliteFactSearch(SqliteDatabase database) : IFactSearch
{
    // Weights of question, alternates, answer, quotes, tags: what people ask matters more than what sources say.
    private const string Sql = """
        SELECT f.id, bm25(facts_fts, 4.0, 3.0, 2.0, 1.0, 1.5) AS score
        FROM facts_fts JOIN facts f ON f.seq = facts_fts.rowid
        WHERE facts_fts MATCH $query
        ORDER BY score
        LIMIT $limit
        """;

    public IReadOnlyList<SearchHit> Search(IReadOnlyList<IReadOnlyList<string>> termGroups, int limit, bool everyGroup = false)
    {
        ArgumentNullException.ThrowIfNull(termGroups);
        var query = everyGroup
            ? string.Join(" AND ", termGroups.Select(g => BuildQuery([g])).Where(q => q.Length > 0).Select(q => "(" + q + ")"))
            : BuildQuery(termGroups);
        if (query.Length == 0)
        {
            return [];
        }
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.AddWithValue("$query", query);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>(limit);
        while (reader.Read())
        {
            hits.Add(new SearchHit(reader.GetString(0), -reader.GetDouble(1)));
        }
        return hits;
    }

    /// <summary>Every term quoted (so no word is read as FTS syntax) and OR-ed: any shared concept proposes a fact.</summary>
    internal static string BuildQuery(IReadOnlyList<IReadOnlyList<string>> termGroups)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in termGroups.SelectMany(g => g))
        {
            var clean = new string([.. term.Where(char.IsLetterOrDigit)]);
            if (clean.Length == 0 || !seen.Add(clean))
            {
                continue;
            }
            if (sb.Length > 0)
            {
                sb.Append(" OR ");
            }
            sb.Append('"').Append(clean).Append('"');
        }
        return sb.ToString();
    }
}
