using ChatBot.Core.Conversations;
using ChatBot.Core.Coordination;
using Npgsql;

namespace ChatBot.Storage.Postgres.Conversations;

/// <summary>
/// The finishes of one replica's workers sent together (<see cref="SendGroup{TPart, TResult}"/>): one commit for every
/// update finished in a batch, their held records included, and one claim after them all for the workers that claim on.
/// The parts keep their order, and each statement of the transaction sees the earlier parts' changes, so the claim
/// never takes a chat a finish kept, and sees every chat the finishes freed.
/// </summary>
internal sealed class FinishGroup(PostgresDatabase database, TimeProvider time, Func<InboxEntry, Task> release)
    : SendGroup<FinishGroup.Part, FinishedAndNext>
{
    public Task<FinishedAndNext> SendAsync(Part part) => EnqueueAsync(part);

    protected override async Task<FinishedAndNext[]> ExecuteAsync(IReadOnlyList<Part> batch)
    {
        await using var c = await database.OpenAsync().ConfigureAwait(false);
        await using var commands = new NpgsqlBatch(c);
        foreach (var part in batch)
        {
            foreach (var (sql, parameters) in part.Statements)
            {
                commands.BatchCommands.Add(Pg.BatchCommand(sql, parameters));
            }
        }
        var now = time.GetUtcNow();
        commands.BatchCommands.Add(Pg.BatchCommand(PostgresChatClaims.ClaimForGroupSql,
            ("now", now), ("me", database.ReplicaId), ("until", now + database.ClaimLease),
            ("others", batch.Count(p => !p.KeepsChat)), ("keeping", batch.Where(p => p.KeepsChat).Select(p => p.UpdateId).ToArray())));
        FinishedAndNext[] finished;
        List<InboxEntry> claimed;
        await using (var r = await commands.ExecuteReaderAsync().ConfigureAwait(false))
        {
            (finished, claimed) = await PostgresChatClaims.ReadGroupAsync(r, batch.Count).ConfigureAwait(false);
        }
        // The claim takes no more than the finishes that claim on, which are the ones without a kept chat's next update.
        var next = 0;
        for (var i = 0; i < finished.Length && next < claimed.Count; i++)
        {
            if (finished[i].Next is null)
            {
                finished[i] = finished[i] with { Next = claimed[next++] };
            }
        }
        foreach (var extra in claimed.Skip(next))
        {
            // Not expected (see above); handed back at once rather than left to its lease.
            await release(extra).ConfigureAwait(false);
        }
        return finished;
    }

    /// <param name="Statements">The update's held records, then its finish.</param>
    /// <param name="KeepsChat">Finished keeping its chat for the chat's next update: claims on only when it found none.</param>
    internal sealed record Part(IReadOnlyList<(string Sql, (string Name, object? Value)[] Parameters)> Statements, long UpdateId, bool KeepsChat);
}
