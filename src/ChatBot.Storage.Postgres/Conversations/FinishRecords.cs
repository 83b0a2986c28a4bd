using Npgsql;

namespace ChatBot.Storage.Postgres.Conversations;

/// <summary>
/// Writes of record an update's handling makes (its answer message), held on the update's async flow until the update
/// is finished, and then sent in the finishing batch: one transaction and one round trip fewer per update. Opened by
/// <see cref="PostgresChatClaims.HoldRecords"/>; whatever the finish did not take (the update was cut short, or the
/// finish itself failed first) is written on its own when the hold ends, so nothing is dropped.
/// </summary>
internal sealed class FinishRecords : IAsyncDisposable
{
    private static readonly AsyncLocal<FinishRecords?> Ambient = new();
    private readonly PostgresDatabase _database;
    private readonly Lock _gate = new();
    private List<(string Sql, (string Name, object? Value)[] Parameters)>? _held = [];

    private FinishRecords(PostgresDatabase database) => _database = database;

    public static FinishRecords? Current => Ambient.Value;

    // Must stay synchronous: an AsyncLocal set here is seen by the rest of the caller's async method.
    public static FinishRecords Open(PostgresDatabase database)
    {
        var records = new FinishRecords(database);
        Ambient.Value = records;
        return records;
    }

    /// <summary>False when no hold of this database is open (or it has ended): the caller writes it itself.</summary>
    public static bool TryHold(PostgresDatabase database, string sql, params (string Name, object? Value)[] parameters)
    {
        if (Current is not { } records || !ReferenceEquals(records._database, database))
        {
            return false;
        }
        lock (records._gate)
        {
            records._held?.Add((sql, parameters));
            return records._held is not null;
        }
    }

    /// <summary>Moves the held writes into the finishing batch of this database (its one transaction); none elsewhere.</summary>
    public static void MoveInto(NpgsqlBatch batch, PostgresDatabase database)
    {
        foreach (var (sql, parameters) in Take(database))
        {
            batch.BatchCommands.Add(Pg.BatchCommand(sql, parameters));
        }
    }

    /// <summary>Takes the held writes for a finish of this database that is sent elsewhere (a group of finishes).</summary>
    public static IReadOnlyList<(string Sql, (string Name, object? Value)[] Parameters)> Take(PostgresDatabase database)
    {
        if (Current is not { } records || !ReferenceEquals(records._database, database))
        {
            return [];
        }
        lock (records._gate)
        {
            if (records._held is not { Count: > 0 })
            {
                return [];
            }
            var held = records._held;
            records._held = [];
            return held;
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<(string Sql, (string Name, object? Value)[] Parameters)>? left;
        lock (_gate)
        {
            left = _held;
            _held = null;
        }
        if (Ambient.Value == this)
        {
            Ambient.Value = null;
        }
        if (left is not { Count: > 0 })
        {
            return;
        }
        await using var c = await _database.OpenRecordAsync().ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(c);
        foreach (var (sql, parameters) in left)
        {
            batch.BatchCommands.Add(Pg.BatchCommand(sql, parameters));
        }
        await batch.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
