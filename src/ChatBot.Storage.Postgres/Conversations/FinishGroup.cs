using ChatBot.Core.Conversations;
using ChatBot.Core.Coordination;
using Npgsql;

namespace ChatBot.Storage.Postgres.Conversations;

/// <summary>
/// The finishes of one replica's workers sent together (<see cref="SendGroup{TPart, TResult}"/>): one commit for every
/// update finished in a batch, their held records and next claims included. The parts keep their order, and each
/// statement of the transaction sees the earlier parts' changes, so a later part's claim never takes a chat an earlier
/// one kept or claimed.
/// </summary>
internal sealed class FinishGroup(PostgresDatabase database)
    : SendGroup<IReadOnlyList<(string Sql, (string Name, object? Value)[] Parameters)>, FinishedAndNext>
{
    public Task<FinishedAndNext> SendAsync(IReadOnlyList<(string Sql, (string Name, object? Value)[] Parameters)> statements) =>
        EnqueueAsync(statements);

    protected override async Task<FinishedAndNext[]> ExecuteAsync(IReadOnlyList<IReadOnlyList<(string Sql, (string Name, object? Value)[] Parameters)>> batch)
    {
        await using var c = await database.OpenAsync().ConfigureAwait(false);
        await using var commands = new NpgsqlBatch(c);
        foreach (var statements in batch)
        {
            foreach (var (sql, parameters) in statements)
            {
                commands.BatchCommands.Add(Pg.BatchCommand(sql, parameters));
            }
        }
        await using var r = await commands.ExecuteReaderAsync().ConfigureAwait(false);
        return await PostgresChatClaims.ReadFinishesAsync(r, batch.Count, CancellationToken.None).ConfigureAwait(false);
    }
}
