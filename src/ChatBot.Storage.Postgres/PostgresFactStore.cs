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

    public async Task<FactHeadline?> GetHeadlineAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await Pg.ReadAsync(c, null, "SELECT id, question, status FROM facts WHERE id = @id",
            r => new FactHeadline(r.GetString(0), r.GetString(1), FactRows.StatusOf(r.GetString(2))),
            ("id", id)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<IReadOnlyList<Fact>> GetActiveFactsAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FactRows.ReadFactsAsync(c, null, activeOnly: true).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<Fact> StreamActiveFactsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // One statement, so one snapshot: each fact's rows (one per quote) arrive together and are read as they come.
        await using var command = Pg.Command(c, null, $"""
            SELECT {FactRows.FactColumns}, q.source_id, q.text
            FROM facts f LEFT JOIN fact_quotes q ON q.fact_id = f.id
            WHERE f.status = 'active' ORDER BY f.seq, q.ord
            """);
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        Fact? current = null;
        var quotes = new List<Quote>(2);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (current is null || !string.Equals(current.Id, r.GetString(0), StringComparison.Ordinal))
            {
                if (current is not null)
                {
                    yield return current;
                }
                quotes = new List<Quote>(2);
                current = FactRows.ReadFact(r, quotes);
            }
            if (!r.IsDBNull(FactRows.FactColumnCount))
            {
                quotes.Add(new Quote(r.GetString(FactRows.FactColumnCount), r.GetString(FactRows.FactColumnCount + 1)));
            }
        }
        if (current is not null)
        {
            yield return current;
        }
    }

    public async Task<IReadOnlyList<Quote>> GetRetractedQuotesAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Pg.ReadAsync(c, null, RetractedQuotesSql, r => new Quote(r.GetString(0), r.GetString(1))).ConfigureAwait(false);
    }

    private const string RetractedQuotesSql = """
            SELECT q.source_id, q.text FROM fact_quotes q JOIN facts f ON f.id = q.fact_id WHERE f.status <> 'active'
            EXCEPT
            SELECT q.source_id, q.text FROM fact_quotes q JOIN facts f ON f.id = q.fact_id WHERE f.status = 'active'
            ORDER BY 1, 2
            """;

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

    public Task<long> GetRevisionAsync(CancellationToken cancellationToken = default) => database.Revision.GetAsync(cancellationToken);
}
