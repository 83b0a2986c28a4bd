using System.Text.Json;
using ChatBot.Core.Changes;
using ChatBot.Core.Facts;
using static ChatBot.Storage.Sql;

namespace ChatBot.Storage.Changes;

/// <summary>Fact versions newest first, read by insertion order (rowid) so no sort of the whole history is needed.</summary>
public sealed class SqliteFactVersionFeed(SqliteDatabase database) : IFactVersionFeed
{
    public Task<IReadOnlyList<FactVersionPair>> GetNewestAsync(int limit, CancellationToken cancellationToken = default)
    {
        using var c = database.OpenForReading();
        using var command = Command(c, null, """
            SELECT v.snapshot, p.snapshot, v.action, v.changed_at
            FROM fact_versions v LEFT JOIN fact_versions p ON p.fact_id = v.fact_id AND p.version = v.version - 1
            ORDER BY v.rowid DESC LIMIT $n
            """, ("$n", limit));
        using var r = command.ExecuteReader();
        var list = new List<FactVersionPair>();
        while (r.Read())
        {
            list.Add(new FactVersionPair(Snapshot(r.GetString(0)), r.IsDBNull(1) ? null : Snapshot(r.GetString(1)), r.GetString(2),
                FactRows.ReadTime(r.GetString(3))));
        }
        return Task.FromResult<IReadOnlyList<FactVersionPair>>(list);
    }

    private static Fact Snapshot(string json) => JsonSerializer.Deserialize(json, StorageJson.Default.Fact)!;
}
