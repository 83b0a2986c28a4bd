using ChatBot.Core.Facts;

namespace ChatBot.Benchmarks;

/// <summary>Replays the hits SQLite gave for each question, to time the matcher's own work without FTS5.</summary>
public sealed class RecordedSearch : IFactSearch
{
    private readonly Dictionary<string, IReadOnlyList<SearchHit>> _hits = new(StringComparer.Ordinal);

    public RecordedSearch(IFactSearch inner, IEnumerable<IReadOnlyList<IReadOnlyList<string>>> queries, int limit)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(queries);
        foreach (var groups in queries)
        {
            _hits[Key(groups)] = inner.Search(groups, limit);
        }
    }

    public IReadOnlyList<SearchHit> Search(IReadOnlyList<IReadOnlyList<string>> termGroups, int limit) =>
        _hits.TryGetValue(Key(termGroups), out var hits) ? hits : [];

    private static string Key(IReadOnlyList<IReadOnlyList<string>> groups) => string.Join('|', groups.Select(g => string.Join(',', g)));
}
