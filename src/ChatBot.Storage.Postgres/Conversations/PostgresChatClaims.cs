using ChatBot.Core.Conversations;
using Npgsql;

namespace ChatBot.Storage.Postgres.Conversations;

/// <summary>
/// Per-chat claims in PostgreSQL, shared by replicas. The candidate is the oldest pending update of its chat, locked
/// with <c>FOR UPDATE SKIP LOCKED</c>; the claim itself is an upsert into <c>chat_claims</c> that only replaces an
/// expired claim, which is what settles a race between two replicas that both saw the chat free. Finishing an update
/// and freeing its chat are one transaction, so the chat's next update is never handed out before this one is done.
/// The update-level claim of <see cref="PostgresUpdateInbox"/> is overwritten, so its replay skips these rows.
/// </summary>
public sealed partial class PostgresChatClaims(PostgresDatabase database, TimeProvider time) : IChatClaims
{
    private readonly FinishGroup _finishes = new(database, time, claimed => HandBackAsync(database, claimed, CancellationToken.None));

    public Task<IReadOnlyList<InboxEntry>> ClaimAndBeginAsync(int max, CancellationToken cancellationToken = default) =>
        ClaimAsync(Math.Max(1, max), cancellationToken);

    public async Task<bool> RenewAsync(InboxEntry claimed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var now = time.GetUtcNow();
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Only a live claim of ours is extended: once it expired, another replica may already hold the chat. Ours is our
        // name and attempt, checked under the update row's lock, taken before the claim row's as everywhere else.
        return await Pg.ExecuteAsync(c, null, $"""
            WITH mine AS ({MineSql}),
            renewed AS (
                UPDATE chat_claims k SET claimed_until = @until FROM mine
                WHERE k.update_id = mine.update_id AND k.claimed_by = @me AND k.claimed_until > @now
                RETURNING k.update_id)
            UPDATE telegram_inbox i SET claimed_until = @until FROM renewed WHERE i.update_id = renewed.update_id
            """, ("id", claimed.UpdateId), ("attempts", claimed.Attempts), ("me", database.ReplicaId), ("now", now),
            ("until", now + database.ClaimLease)).ConfigureAwait(false) == 1;
    }

    // Must stay synchronous: the hold is seen by the rest of the caller's async method, the handling and the finish.
    public IAsyncDisposable HoldRecords(long updateId) => FinishRecords.Open(database);

    public async Task<ClaimFinish> CompleteAsync(InboxEntry claimed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(c);
        FinishRecords.MoveInto(batch, database);
        batch.BatchCommands.Add(Pg.BatchCommand(CompleteSql, Complete(claimed, time.GetUtcNow())));
        await using var r = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return (await ReadFinishedAsync(r, cancellationToken).ConfigureAwait(false)).Finish;
    }

    public async Task<ClaimFinish> FailAsync(InboxEntry claimed, string lastError, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(c);
        FinishRecords.MoveInto(batch, database);
        batch.BatchCommands.Add(Pg.BatchCommand(FailSql, [("error", lastError), .. Complete(claimed, time.GetUtcNow())]));
        await using var r = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return (await ReadFinishedAsync(r, cancellationToken).ConfigureAwait(false)).Finish;
    }

    public Task ReleaseAsync(InboxEntry claimed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        return HandBackAsync(database, claimed, cancellationToken);
    }

    private static async Task HandBackAsync(PostgresDatabase database, InboxEntry claimed, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await Pg.ExecuteAsync(c, null, $"""
            WITH mine AS ({MineSql}),
            freed AS (DELETE FROM chat_claims k USING mine WHERE k.update_id = mine.update_id AND k.claimed_by = @me RETURNING k.update_id)
            UPDATE telegram_inbox i SET claimed_by = NULL, claimed_until = NULL FROM freed WHERE i.update_id = freed.update_id
            """, ("id", claimed.UpdateId), ("attempts", claimed.Attempts), ("me", database.ReplicaId)).ConfigureAwait(false);
    }

    public async Task<int> ReleaseHeldAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Pg.ExecuteAsync(c, null, """
            WITH freed AS (DELETE FROM chat_claims WHERE claimed_by = @me RETURNING update_id)
            UPDATE telegram_inbox i SET claimed_by = NULL, claimed_until = NULL FROM freed WHERE i.update_id = freed.update_id
            """, ("me", database.ReplicaId)).ConfigureAwait(false);
    }

    public Task<FinishedAndNext> CompleteAndClaimNextAsync(InboxEntry claimed, bool sameChatFirst = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var now = time.GetUtcNow();
        // Sent with the finishes other workers of this replica make meanwhile: one transaction and one round trip for
        // all of them, and one claim after them all (FinishGroup). Not cancelled by the caller: the batch is shared.
        List<(string Sql, (string Name, object? Value)[] Parameters)> statements = [.. FinishRecords.Take(database)];
        statements.Add(sameChatFirst
            ? (CompleteKeepingChatSql, [.. Complete(claimed, now), ("until", now + database.ClaimLease)])
            : (CompleteSql, Complete(claimed, now)));
        return _finishes.SendAsync(new(statements, claimed.UpdateId, sameChatFirst));
    }

    /// <summary>Reads a lone finish's batch: its held records (no rows), then the finish's one row.</summary>
    private static async Task<FinishedAndNext> ReadFinishedAsync(NpgsqlDataReader r, CancellationToken cancellationToken) =>
        (await ReadGroupAsync(r, 1, cancellationToken).ConfigureAwait(false)).Finished[0];

    /// <summary>
    /// Reads a group's batch (<see cref="FinishGroup"/>): each finish's one row in order (the held records before it
    /// return none), then the rows of the one claim after them all.
    /// </summary>
    internal static async Task<(FinishedAndNext[] Finished, List<InboxEntry> Claimed)> ReadGroupAsync(NpgsqlDataReader r, int count, CancellationToken cancellationToken = default)
    {
        var finished = new List<FinishedAndNext>(count);
        var claimed = new List<InboxEntry>();
        do
        {
            var isFinish = r.FieldCount > 0 && r.GetName(0) == HeldColumn;
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (isFinish)
                {
                    finished.Add(new(ClaimFinishes.Of(held: r.GetBoolean(0), wasPending: r.GetBoolean(1)),
                        r.FieldCount > 2 && !r.IsDBNull(2) ? ReadEntry(r, 2) : null));
                }
                else
                {
                    claimed.Add(ReadEntry(r));
                }
            }
        }
        while (await r.NextResultAsync(cancellationToken).ConfigureAwait(false));
        // Each finish always returns its one row; without it the batch has committed all the same, so this only says
        // the finish cannot be reported.
        return finished.Count == count ? ([.. finished], claimed) : throw new InvalidOperationException("A finishing statement returned no row.");
    }

    private (string, object?)[] Claim(int max, DateTimeOffset now) =>
        [("now", now), ("me", database.ReplicaId), ("until", now + database.ClaimLease), ("max", max)];

    private (string, object?)[] Complete(InboxEntry claimed, DateTimeOffset now) =>
        [("at", now), ("id", claimed.UpdateId), ("attempts", claimed.Attempts), ("me", database.ReplicaId)];

    private static InboxEntry ReadEntry(NpgsqlDataReader r, int from = 0) =>
        new(r.GetInt64(from), r.GetString(from + 1), r.GetString(from + 2), Pg.Time(r, from + 3), r.GetInt32(from + 4));

    private async Task<IReadOnlyList<InboxEntry>> ClaimAsync(int max, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var claimed = await Pg.ReadAsync(c, null, ClaimSql, r => ReadEntry(r), Claim(max, time.GetUtcNow())).ConfigureAwait(false);
        return [.. claimed.OrderBy(e => e.UpdateId)];
    }
}
