using ChatBot.Core.Conversations;

namespace ChatBot.Storage.Postgres.Conversations;

/// <summary>
/// The update inbox in PostgreSQL, shared by replicas. The update id is the primary key, so an update delivered twice
/// (to one replica or to two) is stored once and handed to one caller. Handing out is a claim: the rows
/// <see cref="AddAsync"/> stored and those <see cref="GetPendingAsync"/> returns are claimed for this replica
/// (<see cref="PostgresDatabase.ReplicaId"/>) until the lease ends, taken with <c>FOR UPDATE SKIP LOCKED</c> so two
/// replicas never take the same row; another replica's claim is left alone until it expires (the replica died), and a
/// restarted replica of the same name takes its own back at once.
/// </summary>
public sealed class PostgresUpdateInbox(PostgresDatabase database, TimeProvider time) : IUpdateInbox
{
    public async Task<IReadOnlyList<InboxEntry>> AddAsync(IReadOnlyList<InboxUpdate> updates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var added = new List<InboxEntry>(updates.Count);
        if (updates.Count == 0)
        {
            return added;
        }
        var claimedUntil = time.GetUtcNow() + database.ClaimLease;
        var batch = updates.DistinctBy(u => u.UpdateId).OrderBy(u => u.UpdateId).ToList();
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // One statement for the whole batch: atomic on its own, and a single round trip for a webhook's one update.
        var stored = await Pg.ReadAsync(c, null, """
            INSERT INTO telegram_inbox (update_id, kind, payload, received_at, claimed_by, claimed_until, chat_key)
            SELECT u.id, u.kind, u.payload, u.at, @by, @until, u.chat
            FROM unnest(@ids, @kinds, @payloads, @ats, @chats) AS u(id, kind, payload, at, chat)
            ON CONFLICT (update_id) DO NOTHING
            RETURNING update_id
            """, r => r.GetInt64(0),
            ("ids", batch.Select(u => u.UpdateId).ToArray()), ("kinds", batch.Select(u => u.Kind).ToArray()),
            ("payloads", batch.Select(u => u.Payload).ToArray()), ("ats", batch.Select(u => u.ReceivedAt.ToUniversalTime()).ToArray()),
            ("chats", batch.Select(u => u.Chat).ToArray()), ("by", database.ReplicaId), ("until", claimedUntil)).ConfigureAwait(false);
        var isNew = stored.ToHashSet();
        added.AddRange(batch.Where(u => isNew.Contains(u.UpdateId)).Select(u => new InboxEntry(u.UpdateId, u.Kind, u.Payload, u.ReceivedAt, 0)));
        return added;
    }

    public async Task<IReadOnlyList<InboxEntry>> GetPendingAsync(int limit, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var claimed = await Pg.ReadAsync(c, null, """
            WITH free AS (
                SELECT update_id FROM telegram_inbox
                WHERE state = 'pending' AND (claimed_by IS NULL OR claimed_by = @me OR claimed_until <= @now)
                ORDER BY update_id LIMIT @limit
                FOR UPDATE SKIP LOCKED)
            UPDATE telegram_inbox i SET claimed_by = @me, claimed_until = @until
            FROM free WHERE i.update_id = free.update_id
            RETURNING i.update_id, i.kind, i.payload, i.received_at, i.attempts
            """, r => new InboxEntry(r.GetInt64(0), r.GetString(1), r.GetString(2), Pg.Time(r, 3), r.GetInt32(4)),
            ("me", database.ReplicaId), ("now", now), ("until", now + database.ClaimLease), ("limit", limit)).ConfigureAwait(false);
        return claimed.OrderBy(e => e.UpdateId).ToList();
    }

    public async Task<long> GetNextOffsetAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (long)(await Pg.ScalarAsync(c, null, "SELECT COALESCE(MAX(update_id) + 1, 0) FROM telegram_inbox").ConfigureAwait(false))!;
    }

    public async Task<int> BeginAsync(long updateId, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return Pg.Int(await Pg.ScalarAsync(c, null, """
            UPDATE telegram_inbox SET attempts = attempts + 1, claimed_by = @me, claimed_until = @until WHERE update_id = @id RETURNING attempts
            """, ("id", updateId), ("me", database.ReplicaId), ("until", time.GetUtcNow() + database.ClaimLease)).ConfigureAwait(false));
    }

    public Task CompleteAsync(long updateId, CancellationToken cancellationToken = default) => FinishAsync(updateId, "done", null, cancellationToken);

    public Task FailAsync(long updateId, string lastError, CancellationToken cancellationToken = default) =>
        FinishAsync(updateId, "failed", lastError, cancellationToken);

    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // A command receipt matters only while its update can still be replayed, which is long over by then.
        await Pg.ExecuteAsync(c, tx, "DELETE FROM command_receipts WHERE created_at < @before", ("before", before)).ConfigureAwait(false);
        var deleted = await Pg.ExecuteAsync(c, tx, """
            DELETE FROM telegram_inbox
            WHERE state <> 'pending' AND finished_at < @before AND update_id < (SELECT MAX(update_id) FROM telegram_inbox)
            """, ("before", before)).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    private async Task FinishAsync(long updateId, string state, string? error, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // A chat claim on the update (IChatClaims) is freed with it, so the chat's next update can be handed out.
        await Pg.ExecuteAsync(c, null, """
            WITH freed AS (DELETE FROM chat_claims WHERE update_id = @id AND claimed_by = @me)
            UPDATE telegram_inbox SET state = @state, finished_at = @at, error = @error, claimed_by = NULL, claimed_until = NULL
            WHERE update_id = @id AND state = 'pending'
            """, ("state", state), ("at", time.GetUtcNow()), ("error", error), ("id", updateId),
            ("me", database.ReplicaId)).ConfigureAwait(false);
    }
}
