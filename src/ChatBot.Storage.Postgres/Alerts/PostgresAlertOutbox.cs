using ChatBot.Core.Alerts;
using ChatBot.Storage.Postgres.Receipts;

namespace ChatBot.Storage.Postgres.Alerts;

/// <summary>
/// The outbox in PostgreSQL, shared by replicas. Every transition is one committed statement guarded by the state
/// (and lease) it expects; a claim takes its row with <c>FOR UPDATE SKIP LOCKED</c>, so two dispatchers never move the
/// same delivery and neither waits for the other's row.
/// </summary>
public sealed class PostgresAlertOutbox(PostgresDatabase database, TimeProvider time) : IAlertOutbox
{
    public async Task<EnqueuedAlert> EnqueueBroadcastAsync(string text, string actor, CancellationToken cancellationToken = default)
    {
        await using var w = await WriteTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var enqueued = await AlertWriter.EnqueueBroadcastAsync(w.Connection, w.Transaction, text, actor, now).ConfigureAwait(false);
        await FactWriter.AuditAsync(w.Connection, w.Transaction, actor, now, "broadcast", $"alert {enqueued.AlertId}",
            $"{enqueued.Recipients} recipients").ConfigureAwait(false);
        await w.CommitAsync().ConfigureAwait(false);
        return enqueued;
    }

    // Unlike SQLite, the store is shared: a 'sending' row with a live lease may be another replica's send in flight right
    // now, so a starting replica takes over only the expired ones (at-least-once for those, as on SQLite).
    public Task<int> RecoverInterruptedAsync(int maxAttempts, CancellationToken cancellationToken = default) =>
        RequeueAsync(Pg.Millis(time.GetUtcNow()), maxAttempts, "interrupted by a restart on every attempt",
            "interrupted mid-send (its lease expired); resent (may duplicate)", cancellationToken);

    public Task<int> RequeueExpiredAsync(DateTimeOffset now, int maxAttempts, CancellationToken cancellationToken = default) =>
        RequeueAsync(Pg.Millis(now), maxAttempts, "no outcome recorded within the sending lease on every attempt",
            "no outcome recorded within the sending lease; resent (may duplicate)", cancellationToken);

    public async Task<IReadOnlyList<OutboxItem>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Pg.ReadAsync(c, null, """
            SELECT d.id, d.alert_id, d.chat_id, d.attempts, COALESCE(t.html, a.html), a.fact_id, t.language
            FROM deliveries d JOIN alerts a ON a.id = d.alert_id
            LEFT JOIN subscribers s ON s.chat_id = d.chat_id
            LEFT JOIN user_languages u ON u.user_id = d.chat_id
            LEFT JOIN alert_texts t ON t.alert_id = a.id AND t.language = COALESCE(u.language, s.language)
            WHERE d.state = 'queued' AND d.next_attempt_at <= @now
            ORDER BY d.next_attempt_at, d.id
            LIMIT @limit
            """, r => new OutboxItem(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt32(3), r.GetString(4), Pg.StringOrNull(r, 5)) { Language = Pg.StringOrNull(r, 6) },
            ("now", Pg.Millis(now)), ("limit", limit)).ConfigureAwait(false);
    }

    public async Task<DateTimeOffset?> GetNextDueAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var next = await Pg.ScalarAsync(c, null, "SELECT MIN(next_attempt_at) FROM deliveries WHERE state = 'queued'").ConfigureAwait(false);
        return next is long ms ? Pg.FromMillis(ms) : null;
    }

    public async Task<bool> TryClaimAsync(long deliveryId, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // The row is locked first (skipped when another dispatcher holds it), then checked: a chat that no longer
        // follows the alert, or that was queued a newer alert of the same fact, gets it cancelled instead, in the same transaction.
        var rows = await Pg.ReadAsync(c, tx, $"""
            SELECT {AlertWriter.Covered}, {AlertWriter.Superseded} FROM deliveries d WHERE d.id = @id AND d.state = 'queued' FOR UPDATE SKIP LOCKED
            """, r => (Covered: r.GetBoolean(0), Superseded: r.GetBoolean(1)), ("id", deliveryId)).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return false;
        }
        var (covered, superseded) = rows[0];
        if (covered && !superseded)
        {
            await Pg.ExecuteAsync(c, tx, "UPDATE deliveries SET state = 'sending', attempts = attempts + 1, lease_expires_at = @lease WHERE id = @id",
                ("id", deliveryId), ("lease", Pg.Millis(leaseUntil))).ConfigureAwait(false);
        }
        else
        {
            await Pg.ExecuteAsync(c, tx, "UPDATE deliveries SET state = 'cancelled', last_error = @why WHERE id = @id", ("id", deliveryId),
                ("why", superseded ? "not sent: a newer alert of this fact replaced it" : "not sent: the chat no longer follows this alert")).ConfigureAwait(false);
        }
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return covered && !superseded;
    }

    public Task DeferAsync(long deliveryId, DateTimeOffset until, CancellationToken cancellationToken = default) =>
        RunAsync("UPDATE deliveries SET next_attempt_at = @at WHERE id = @id AND state = 'queued'", cancellationToken,
            ("id", deliveryId), ("at", Pg.Millis(until)));

    // Every outcome is guarded by the claim's lease: a late answer of an expired claim must not overwrite a newer one.
    public Task MarkSentAsync(long deliveryId, DateTimeOffset claimedUntil, int messageId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        RunAsync("""
            UPDATE deliveries SET state = 'sent', message_id = @msg, sent_at = @at
            WHERE id = @id AND state = 'sending' AND lease_expires_at = @lease
            """, cancellationToken, ("id", deliveryId), ("lease", Pg.Millis(claimedUntil)), ("msg", messageId), ("at", at));

    public Task ReleaseAsync(long deliveryId, DateTimeOffset claimedUntil, DateTimeOffset nextAttemptAt, string lastError, bool countAttempt,
        CancellationToken cancellationToken = default) =>
        RunAsync("""
            UPDATE deliveries SET state = 'queued', next_attempt_at = @at, last_error = @error, lease_expires_at = NULL,
                   attempts = CASE WHEN @count THEN attempts ELSE GREATEST(attempts - 1, 0) END
            WHERE id = @id AND state = 'sending' AND lease_expires_at = @lease
            """, cancellationToken, ("id", deliveryId), ("lease", Pg.Millis(claimedUntil)), ("at", Pg.Millis(nextAttemptAt)),
            ("error", Pg.Clip(lastError)), ("count", countAttempt));

    public Task MarkFailedAsync(long deliveryId, DateTimeOffset claimedUntil, string lastError, CancellationToken cancellationToken = default) =>
        RunAsync("UPDATE deliveries SET state = 'failed', last_error = @error WHERE id = @id AND state = 'sending' AND lease_expires_at = @lease",
            cancellationToken, ("id", deliveryId), ("lease", Pg.Millis(claimedUntil)), ("error", Pg.Clip(lastError)));

    public async Task MarkBlockedAsync(long deliveryId, DateTimeOffset claimedUntil, long chatId, string reason, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // The chat's other queued alerts would only earn more 403s; they are closed with this one.
        await Pg.ExecuteAsync(c, tx, """
            UPDATE deliveries SET state = 'blocked', last_error = @reason
            WHERE (id = @id AND state = 'sending' AND lease_expires_at = @lease) OR (chat_id = @chat AND state = 'queued')
            """, ("id", deliveryId), ("lease", Pg.Millis(claimedUntil)), ("chat", chatId), ("reason", Pg.Clip(reason))).ConfigureAwait(false);
        await PostgresSubscriptionStore.DeactivateAsync(c, tx, chatId, reason, time.GetUtcNow()).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Delivery>> GetDeliveriesAsync(long alertId, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Pg.ReadAsync(c, null, """
            SELECT id, alert_id, chat_id, state, attempts, next_attempt_at, last_error FROM deliveries WHERE alert_id = @alert ORDER BY id
            """, r => new Delivery(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), AlertWriter.ParseState(r.GetString(3)), r.GetInt32(4),
                Pg.FromMillis(r.GetInt64(5)), Pg.StringOrNull(r, 6)), ("alert", alertId)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AlertStatus>> GetRecentAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Pg.ReadAsync(c, null, """
            SELECT a.id, a.kind, a.fact_id, a.created_by, a.created_at,
                   (COUNT(*) FILTER (WHERE d.state = 'queued'))::int, (COUNT(*) FILTER (WHERE d.state = 'sending'))::int,
                   (COUNT(*) FILTER (WHERE d.state = 'sent'))::int, (COUNT(*) FILTER (WHERE d.state = 'failed'))::int,
                   (COUNT(*) FILTER (WHERE d.state = 'blocked'))::int, (COUNT(*) FILTER (WHERE d.state = 'cancelled'))::int
            FROM alerts a LEFT JOIN deliveries d ON d.alert_id = a.id
            GROUP BY a.id ORDER BY a.id DESC LIMIT @limit
            """, r => new AlertStatus(r.GetInt64(0), r.GetString(1) == "broadcast" ? AlertKind.Broadcast : AlertKind.FactChange,
                Pg.StringOrNull(r, 2), r.GetString(3), Pg.Time(r, 4), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8),
                r.GetInt32(9), r.GetInt32(10)), ("limit", limit)).ConfigureAwait(false);
    }

    /// <summary>Sending rows whose lease ended by <paramref name="cutoff"/> (ms): failed once out of attempts, else queued now.</summary>
    private async Task<int> RequeueAsync(long cutoff, int maxAttempts, string gaveUp, string requeued, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await Pg.ExecuteAsync(c, tx, """
            UPDATE deliveries SET state = 'failed', last_error = @error
            WHERE state = 'sending' AND COALESCE(lease_expires_at, 0) <= @cutoff AND attempts >= @max
            """, ("cutoff", cutoff), ("max", maxAttempts), ("error", gaveUp)).ConfigureAwait(false);
        var count = await Pg.ExecuteAsync(c, tx, """
            UPDATE deliveries SET state = 'queued', next_attempt_at = @now, lease_expires_at = NULL, last_error = @error
            WHERE state = 'sending' AND COALESCE(lease_expires_at, 0) <= @cutoff
            """, ("cutoff", cutoff), ("now", Pg.Millis(time.GetUtcNow())), ("error", requeued)).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    private async Task RunAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await Pg.ExecuteAsync(c, null, sql, parameters).ConfigureAwait(false);
    }
}
