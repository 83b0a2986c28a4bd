using ChatBot.Core.Coordination;
using Npgsql;

namespace ChatBot.Storage.Postgres.Conversations;

/// <summary>
/// Writes of record that return one value (a flood check's verdict, a logged question's id) from one replica's workers,
/// sent together (<see cref="SendGroup{TPart, TResult}"/>) on the records' connection (no wait for the WAL flush).
/// Statements are sent in the order of their key (the user of a flood check), so two replicas' batches lock the rows
/// they share in the same order and never deadlock on them.
/// </summary>
internal sealed class RecordGroup(PostgresDatabase database) : SendGroup<RecordGroup.Part, object?>
{
    protected override Comparison<Part>? Ordering { get; } = static (a, b) => a.Order.CompareTo(b.Order);

    /// <returns>The first column of the statement's first row, or null when it returned none.</returns>
    public Task<object?> ScalarAsync(long order, string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken) =>
        EnqueueAsync(new Part(order, sql, parameters)).WaitAsync(cancellationToken);

    protected override async Task<object?[]> ExecuteAsync(IReadOnlyList<Part> batch)
    {
        await using var c = await database.OpenRecordAsync().ConfigureAwait(false);
        await using var commands = new NpgsqlBatch(c);
        foreach (var part in batch)
        {
            commands.BatchCommands.Add(Pg.BatchCommand(part.Sql, part.Parameters));
        }
        await using var r = await commands.ExecuteReaderAsync().ConfigureAwait(false);
        var values = new object?[batch.Count];
        var i = 0;
        do
        {
            if (i >= values.Length)
            {
                throw new InvalidOperationException("A batch of records returned more results than it had statements.");
            }
            values[i++] = await r.ReadAsync().ConfigureAwait(false) && !await r.IsDBNullAsync(0).ConfigureAwait(false) ? r.GetValue(0) : null;
        }
        while (await r.NextResultAsync().ConfigureAwait(false));
        return i == values.Length ? values : throw new InvalidOperationException("A batch of records returned fewer results than it had statements.");
    }

    internal sealed record Part(long Order, string Sql, (string Name, object? Value)[] Parameters);
}
