using ChatBot.Core.Facts;
using Microsoft.Data.Sqlite;

namespace ChatBot.Storage;

/// <summary>Reads facts, sources and synonyms from SQLite.</summary>
public sealed class SqliteFactStore(SqliteDatabase database) : IFactStore, IDisposable
{
    private readonly RevisionReader _revision = new(database);

    public Task<Fact?> GetFactAsync(string id, CancellationToken cancellationToken = default)
    {
        using var connection = database.OpenForReading();
        return Task.FromResult(ReadFact(connection, null, id));
    }

    public Task<FactHeadline?> GetHeadlineAsync(string id, CancellationToken cancellationToken = default)
    {
        using var connection = database.OpenForReading();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, question, status FROM facts WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var r = command.ExecuteReader();
        return Task.FromResult(r.Read()
            ? new FactHeadline(r.GetString(0), r.GetString(1), FactRows.StatusOf(r.GetString(2)))
            : null);
    }

    public Task<IReadOnlyList<Fact>> GetActiveFactsAsync(CancellationToken cancellationToken = default)
    {
        using var connection = database.OpenForReading();
        var quotes = new Dictionary<string, List<Quote>>(StringComparer.Ordinal);
        using (var q = connection.CreateCommand())
        {
            q.CommandText = """
                SELECT q.fact_id, q.source_id, q.text FROM fact_quotes q
                JOIN facts f ON f.id = q.fact_id WHERE f.status = 'active' ORDER BY q.fact_id, q.ord
                """;
            using var r = q.ExecuteReader();
            while (r.Read())
            {
                if (!quotes.TryGetValue(r.GetString(0), out var list))
                {
                    quotes[r.GetString(0)] = list = [];
                }
                list.Add(new Quote(r.GetString(1), r.GetString(2)));
            }
        }
        var facts = new List<Fact>();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {FactRows.FactColumns} FROM facts WHERE status = 'active' ORDER BY seq";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            facts.Add(FactRows.ReadFact(reader, quotes.GetValueOrDefault(reader.GetString(0)) ?? []));
        }
        return Task.FromResult<IReadOnlyList<Fact>>(facts);
    }

    public IAsyncEnumerable<Fact> StreamActiveFactsAsync(CancellationToken cancellationToken = default) =>
        StreamActiveFacts(cancellationToken).ToAsyncEnumerable();

    private IEnumerable<Fact> StreamActiveFacts(CancellationToken cancellationToken)
    {
        using var connection = database.OpenForReading();
        // One read transaction, so the two cursors see the same snapshot while an admin may be writing.
        using var tx = connection.BeginTransaction(deferred: true);
        using var q = connection.CreateCommand();
        q.Transaction = tx;
        q.CommandText = """
            SELECT q.fact_id, q.source_id, q.text FROM fact_quotes q
            JOIN facts f ON f.id = q.fact_id WHERE f.status = 'active' ORDER BY f.seq, q.ord
            """;
        using var quotes = q.ExecuteReader();
        var hasQuote = quotes.Read();
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"SELECT {FactRows.FactColumns} FROM facts WHERE status = 'active' ORDER BY seq";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = reader.GetString(0);
            var list = new List<Quote>(2);
            while (hasQuote && quotes.GetString(0) == id)
            {
                list.Add(new Quote(quotes.GetString(1), quotes.GetString(2)));
                hasQuote = quotes.Read();
            }
            yield return FactRows.ReadFact(reader, list);
        }
    }

    public Task<Source?> GetSourceAsync(string id, CancellationToken cancellationToken = default)
    {
        using var connection = database.OpenForReading();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, title, outlet, url, published, text FROM sources WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return Task.FromResult(reader.Read() ? FactRows.ReadSource(reader) : null);
    }

    public Task<IReadOnlyList<Source>> GetSourcesAsync(CancellationToken cancellationToken = default)
    {
        using var connection = database.OpenForReading();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, title, outlet, url, published, text FROM sources ORDER BY published DESC, id";
        using var reader = command.ExecuteReader();
        var sources = new List<Source>();
        while (reader.Read())
        {
            sources.Add(FactRows.ReadSource(reader));
        }
        return Task.FromResult<IReadOnlyList<Source>>(sources);
    }

    public IAsyncEnumerable<Source> StreamSourcesAsync(CancellationToken cancellationToken = default) =>
        StreamSources(cancellationToken).ToAsyncEnumerable();

    private IEnumerable<Source> StreamSources(CancellationToken cancellationToken)
    {
        using var connection = database.OpenForReading();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, title, outlet, url, published, text FROM sources ORDER BY published DESC, id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return FactRows.ReadSource(reader);
        }
    }

    public Task<IReadOnlyList<Quote>> GetRetractedQuotesAsync(CancellationToken cancellationToken = default)
    {
        using var connection = database.OpenForReading();
        using var command = connection.CreateCommand();
        // EXCEPT, not a correlated NOT EXISTS: SQLite ran that subquery for every quote before the status filter (5 s at 10k facts).
        command.CommandText = """
            SELECT q.source_id, q.text FROM fact_quotes q JOIN facts f ON f.id = q.fact_id WHERE f.status <> 'active'
            EXCEPT
            SELECT q.source_id, q.text FROM fact_quotes q JOIN facts f ON f.id = q.fact_id WHERE f.status = 'active'
            ORDER BY 1, 2
            """;
        using var reader = command.ExecuteReader();
        var quotes = new List<Quote>();
        while (reader.Read())
        {
            quotes.Add(new Quote(reader.GetString(0), reader.GetString(1)));
        }
        return Task.FromResult<IReadOnlyList<Quote>>(quotes);
    }

    public Task<IReadOnlyList<IReadOnlyList<string>>> GetSynonymGroupsAsync(CancellationToken cancellationToken = default)
    {
        using var connection = database.OpenForReading();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT words FROM synonym_groups ORDER BY id";
        using var reader = command.ExecuteReader();
        var groups = new List<IReadOnlyList<string>>();
        while (reader.Read())
        {
            groups.Add(reader.GetString(0).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        return Task.FromResult<IReadOnlyList<IReadOnlyList<string>>>(groups);
    }

    public Task<long> GetRevisionAsync(CancellationToken cancellationToken = default) => Task.FromResult(_revision.Read());

    public void Dispose() => _revision.Dispose();

    internal static long Revision(SqliteConnection connection, SqliteTransaction? tx)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT value FROM meta WHERE key = 'revision'";
        return (long)command.ExecuteScalar()!;
    }

    internal static Fact? ReadFact(SqliteConnection connection, SqliteTransaction? tx, string id)
    {
        // One statement for the fact and its quotes: this runs for every answer not yet cached.
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"""
            SELECT {FactRows.FactColumns}, q.source_id, q.text
            FROM facts f LEFT JOIN fact_quotes q ON q.fact_id = f.id
            WHERE f.id = $id ORDER BY q.ord
            """;
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        var quoteColumn = FactRows.FactColumnCount;
        var quotes = new List<Quote>(2);
        var fact = FactRows.ReadFact(reader, quotes);
        do
        {
            if (!reader.IsDBNull(quoteColumn))
            {
                quotes.Add(new Quote(reader.GetString(quoteColumn), reader.GetString(quoteColumn + 1)));
            }
        }
        while (reader.Read());
        return fact;
    }
}
