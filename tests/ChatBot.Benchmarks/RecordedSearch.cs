using ChatBot.Core.Facts;

namespace ChatBot.Benchmarks;

/// <summary>
/// Replays the hits SQLite gave for each search, to time the matcher's own work without FTS5. A search not seen
/// before is run once against SQLite and remembered, so warm-up records what the timed runs replay.
/// </summary>
public sealed class RecordedSearch : IFactSearch
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<SearchHit>> _hits = new(StringComparer.Ordinal);
    private readonly IFactSearch _inner;

    public RecordedSearch(IFactSearch inner, IEnumerable<IReadOnlyList<IReadOnlyList<string>>> queries, int limit)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(queries);
        _inner = inner;
        foreach (var groups in queries)
        {
            _hits[Key(groups, false)] = inner.Search(groups, limit);
        }
    }

    public IReadOnlyList<SearchHit> Search(IReadOnlyList<IReadOnlyList<string>> termGroups, int limit, bool everyGroup = false) =>
        _hits.GetOrAdd(Key(termGroups, everyGroup), _ => _inner.Search(termGroups, limit, everyGroup));

    private static string Key(IReadOnlyList<IReadOnlyList<string>> groups, bool everyGroup) =>
        (everyGroup ? "&" : "|") + string.Join('|', groups.Select(g => string.Join(',', g)));
}
