using System.Runtime.CompilerServices;
using ChatBot.Core.Facts;

namespace ChatBot.Storage.Postgres;

/// <summary>Reads facts, sources and synonyms from PostgreSQL.</summary>
public sealed class PostgresFactStore(PostgresDatabase database) : IFactStore
{
    public async Task<Fact?> GetFactAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FactRows.ReadFactAsync(c, null, id).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Fact>> GetActiveFactsAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FactRows.ReadFactsAsync(c, null, activeOnly: true).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<Fact> StreamActiveFactsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // One snapshot for both cursors; a second connection streams the quotes beside the facts, merged by seq.
        await using var tx = await c.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        var quotes = await Pg.ReadAsync(c, tx, """
            SELECT q.fact_id, q.source_id, q.text FROM fact_quotes q JOIN facts f ON f.id = q.fact_id
            WHERE f.status = 'active' ORDER BY f.seq, q.ord
            """, r => (FactId: r.GetString(0), Quote: new Quote(r.GetString(1), r.GetString(2)))).ConfigureAwait(false);
        await using var command = Pg.Command(c, tx, $"SELECT {FactRows.FactColumns} FROM facts f WHERE f.status = 'active' ORDER BY f.seq");
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var next = 0;
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = r.GetString(0);
            var list = new List<Quote>(2);
            while (next < quotes.Count && quotes[next].FactId == id)
            {
                list.Add(quotes[next++].Quote);
            }
            yield return FactRows.ReadFact(r, list);
        }
    }

    public async Task<Source?> GetSourceAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var found = await Pg.ReadAsync(c, null, $"SELECT {FactRows.SourceColumns} FROM sources WHERE id = @id", FactRows.ReadSource, ("id", id))
            .ConfigureAwait(false);
        return found.FirstOrDefault();
    }

    public async Task<IReadOnlyList<Source>> GetSourcesAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Pg.ReadAsync(c, null, $"SELECT {FactRows.SourceColumns} FROM sources ORDER BY published DESC NULLS LAST, id", FactRows.ReadSource)
            .ConfigureAwait(false);
    }

    public async IAsyncEnumerable<Source> StreamSourcesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Pg.Command(c, null, $"SELECT {FactRows.SourceColumns} FROM sources ORDER BY published DESC NULLS LAST, id");
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return FactRows.ReadSource(r);
        }
    }

    public async Task<IReadOnlyList<IReadOnlyList<string>>> GetSynonymGroupsAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FactRows.ReadSynonymGroupsAsync(c, null).ConfigureAwait(false);
    }

    public async Task<long> GetRevisionAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FactRows.RevisionAsync(c, null).ConfigureAwait(false);
    }
}
