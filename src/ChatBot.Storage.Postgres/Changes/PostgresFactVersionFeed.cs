using ChatBot.Core.Changes;

namespace ChatBot.Storage.Postgres.Changes;

/// <summary>Fact versions newest first, in insertion order (seq).</summary>
public sealed class PostgresFactVersionFeed(PostgresDatabase database) : IFactVersionFeed
{
    public async Task<IReadOnlyList<FactVersionPair>> GetNewestAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Pg.ReadAsync(c, null, """
            SELECT v.snapshot, p.snapshot, v.action, v.changed_at
            FROM fact_versions v LEFT JOIN fact_versions p ON p.fact_id = v.fact_id AND p.version = v.version - 1
            ORDER BY v.seq DESC LIMIT @n
            """, r => new FactVersionPair(Pg.ReadSnapshot(r.GetString(0)), r.IsDBNull(1) ? null : Pg.ReadSnapshot(r.GetString(1)), r.GetString(2),
                Pg.Time(r, 3)), ("n", limit)).ConfigureAwait(false);
    }
}
