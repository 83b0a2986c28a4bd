using ChatBot.Core.Alerts;
using ChatBot.Storage.Receipts;
using Microsoft.Data.Sqlite;

namespace ChatBot.Storage.Alerts;

/// <summary>
/// The outbox in SQLite. Every transition is a single committed statement guarded by the state it expects, so two
/// dispatchers (or a dispatcher and its own restart) can never both move the same delivery.
/// </summary>
public sealed class SqliteAlertOutbox(SqliteDatabase database, TimeProvider time) : IAlertOutbox
{
    public Task<EnqueuedAlert> EnqueueBroadcastAsync(string text, string actor, CancellationToken cancellationToken = default)
    {
        using var w = WriteTransaction.Begin(database);
        var (connection, tx) = (w.Connection, w.Transaction);
        var enqueued = AlertOutboxWriter.EnqueueBroadcast(connection, tx, text, actor, time.GetUtcNow());
        FactWriter.Audit(connection, tx, actor, time.GetUtcNow(), "broadcast", $"alert {enqueued.AlertId}", $"{enqueued.Recipients} recipients");
        w.Commit();
        return Task.FromResult(enqueued);
    }

    public Task<int> RecoverInterruptedAsync(int maxAttempts, CancellationToken cancellationToken = default) =>
        // At-least-once for the one ambiguous window: the process died between claiming the row and recording the
        // answer, so Telegram may or may not have the message. Sending again risks a duplicate; not sending risks
        // a subscriber never hearing of a correction. We resend.
        Task.FromResult(Requeue(DateTimeOffset.MaxValue, maxAttempts,
            "interrupted by a restart on every attempt", "interrupted mid-send by a restart; resent (may duplicate)"));

    public Task<int> RequeueExpiredAsync(DateTimeOffset now, int maxAttempts, CancellationToken cancellationToken = default)
    {
        using (var connection = Open())
        {
            // A read first: the dispatcher asks on every pass, and a write transaction that finds nothing would
            // still take the database's write lock from curation and the question log.
            if (AlertRows.Scalar(connection, null,
                    "SELECT 1 FROM deliveries WHERE state = 'sending' AND COALESCE(lease_expires_at, 0) <= $now LIMIT 1",
                    ("$now", AlertRows.Millis(now))) is null)
            {
                return Task.FromResult(0);
            }
        }
        // The same ambiguity as a crash: the claim's outcome was never recorded (the write after the send threw, or
        // the send never finished), so the message may or may not have reached the chat. Resent, counted.
        return Task.FromResult(Requeue(now, maxAttempts,
            "no outcome recorded within the sending lease on every attempt", "no outcome recorded within the sending lease; resent (may duplicate)"));
    }

    public Task<IReadOnlyList<OutboxItem>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var command = AlertRows.Command(connection, null, """
            SELECT d.id, d.alert_id, d.chat_id, d.attempts, COALESCE(t.html, a.html), a.fact_id, t.language
            FROM deliveries d JOIN alerts a ON a.id = d.alert_id
            LEFT JOIN subscribers s ON s.chat_id = d.chat_id
            LEFT JOIN user_languages u ON u.user_id = d.chat_id
            LEFT JOIN alert_texts t ON t.alert_id = a.id AND t.language = COALESCE(u.language, s.language)
            WHERE d.state = 'queued' AND d.next_attempt_at <= $now
            ORDER BY d.next_attempt_at, d.id
            LIMIT $limit
            """, ("$now", AlertRows.Millis(now)), ("$limit", limit));
        using var r = command.ExecuteReader();
        var items = new List<OutboxItem>();
        while (r.Read())
        {
            items.Add(new OutboxItem(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt32(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5))
            {
                Language = r.IsDBNull(6) ? null : r.GetString(6),
            });
        }
        return Task.FromResult<IReadOnlyList<OutboxItem>>(items);
    }

    public Task<DateTimeOffset?> GetNextDueAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        var next = AlertRows.Scalar(connection, null, "SELECT MIN(next_attempt_at) FROM deliveries WHERE state = 'queued'");
        return Task.FromResult(next is long ms ? AlertRows.FromMillis(ms) : (DateTimeOffset?)null);
    }

    public Task<bool> TryClaimAsync(long deliveryId, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var tx = connection.BeginTransaction(deferred: false);
        // Checked at the claim, not only when /unsubscribe runs: a row that raced past the unsubscribe's cancel
        // (requeued after a failed send, or recovered after a restart) is not sent to a chat that no longer wants it,
        // nor after a newer alert of its fact.
        var claimed = AlertRows.Execute(connection, tx, $"""
            UPDATE deliveries AS d SET state = 'sending', attempts = attempts + 1, lease_expires_at = $lease
            WHERE d.id = $id AND d.state = 'queued' AND {AlertRows.Covered} AND NOT {AlertRows.Superseded}
            """, ("$id", deliveryId), ("$lease", AlertRows.Millis(leaseUntil))) == 1;
        if (!claimed)
        {
            AlertRows.Execute(connection, tx, $"""
                UPDATE deliveries AS d SET state = 'cancelled', last_error = CASE WHEN {AlertRows.Superseded}
                    THEN 'not sent: a newer alert of this fact replaced it' ELSE 'not sent: the chat no longer follows this alert' END
                WHERE d.id = $id AND d.state = 'queued'
                """, ("$id", deliveryId));
        }
        tx.Commit();
        return Task.FromResult(claimed);
    }

    public Task DeferAsync(long deliveryId, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        Run("UPDATE deliveries SET next_attempt_at = $at WHERE id = $id AND state = 'queued'",
            ("$id", deliveryId), ("$at", AlertRows.Millis(until)));
        return Task.CompletedTask;
    }

    // Every outcome is guarded by the claim's lease: once a lease expired and the row was claimed again, the late
    // answer of the first claim must not overwrite (or requeue) the second.
    public Task MarkSentAsync(long deliveryId, DateTimeOffset claimedUntil, int messageId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        Run("""
            UPDATE deliveries SET state = 'sent', message_id = $msg, sent_at = $at
            WHERE id = $id AND state = 'sending' AND lease_expires_at = $lease
            """, ("$id", deliveryId), ("$lease", AlertRows.Millis(claimedUntil)), ("$msg", messageId), ("$at", FactRows.WriteTime(at)));
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(long deliveryId, DateTimeOffset claimedUntil, DateTimeOffset nextAttemptAt, string lastError, bool countAttempt,
        CancellationToken cancellationToken = default)
    {
        Run("""
            UPDATE deliveries SET state = 'queued', next_attempt_at = $at, last_error = $error, lease_expires_at = NULL,
                   attempts = CASE WHEN $count = 1 THEN attempts ELSE MAX(attempts - 1, 0) END
            WHERE id = $id AND state = 'sending' AND lease_expires_at = $lease
            """,
            ("$id", deliveryId), ("$lease", AlertRows.Millis(claimedUntil)), ("$at", AlertRows.Millis(nextAttemptAt)),
            ("$error", AlertRows.Clip(lastError)), ("$count", countAttempt ? 1 : 0));
        return Task.CompletedTask;
    }

    public Task MarkFailedAsync(long deliveryId, DateTimeOffset claimedUntil, string lastError, CancellationToken cancellationToken = default)
    {
        Run("UPDATE deliveries SET state = 'failed', last_error = $error WHERE id = $id AND state = 'sending' AND lease_expires_at = $lease",
            ("$id", deliveryId), ("$lease", AlertRows.Millis(claimedUntil)), ("$error", AlertRows.Clip(lastError)));
        return Task.CompletedTask;
    }

    public Task MarkBlockedAsync(long deliveryId, DateTimeOffset claimedUntil, long chatId, string reason, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var tx = connection.BeginTransaction(deferred: false);
        // The chat's other queued alerts would only earn more 403s; they are closed with this one.
        AlertRows.Execute(connection, tx, """
            UPDATE deliveries SET state = 'blocked', last_error = $reason
            WHERE (id = $id AND state = 'sending' AND lease_expires_at = $lease) OR (chat_id = $chat AND state = 'queued')
            """, ("$id", deliveryId), ("$lease", AlertRows.Millis(claimedUntil)), ("$chat", chatId), ("$reason", AlertRows.Clip(reason)));
        SqliteSubscriptionStore.Deactivate(connection, tx, chatId, reason, time.GetUtcNow());
        tx.Commit();
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Delivery>> GetDeliveriesAsync(long alertId, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var command = AlertRows.Command(connection, null, """
            SELECT id, alert_id, chat_id, state, attempts, next_attempt_at, last_error FROM deliveries
            WHERE alert_id = $alert ORDER BY id
            """, ("$alert", alertId));
        using var r = command.ExecuteReader();
        var list = new List<Delivery>();
        while (r.Read())
        {
            list.Add(new Delivery(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), AlertRows.ParseState(r.GetString(3)), r.GetInt32(4),
                AlertRows.FromMillis(r.GetInt64(5)), r.IsDBNull(6) ? null : r.GetString(6)));
        }
        return Task.FromResult<IReadOnlyList<Delivery>>(list);
    }

    public Task<IReadOnlyList<AlertStatus>> GetRecentAsync(int limit, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var command = AlertRows.Command(connection, null, """
            SELECT a.id, a.kind, a.fact_id, a.created_by, a.created_at,
                   COUNT(*) FILTER (WHERE d.state = 'queued'), COUNT(*) FILTER (WHERE d.state = 'sending'),
                   COUNT(*) FILTER (WHERE d.state = 'sent'), COUNT(*) FILTER (WHERE d.state = 'failed'),
                   COUNT(*) FILTER (WHERE d.state = 'blocked'), COUNT(*) FILTER (WHERE d.state = 'cancelled')
            FROM alerts a LEFT JOIN deliveries d ON d.alert_id = a.id
            GROUP BY a.id ORDER BY a.id DESC LIMIT $limit
            """, ("$limit", limit));
        using var r = command.ExecuteReader();
        var list = new List<AlertStatus>();
        while (r.Read())
        {
            list.Add(new AlertStatus(r.GetInt64(0), AlertRows.ParseKind(r.GetString(1)), r.IsDBNull(2) ? null : r.GetString(2),
                r.GetString(3), FactRows.ReadTime(r.GetString(4)), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), r.GetInt32(9), r.GetInt32(10)));
        }
        return Task.FromResult<IReadOnlyList<AlertStatus>>(list);
    }

    /// <summary>Sending rows whose lease ended by <paramref name="expiredBy"/>: failed once out of attempts, else queued now.</summary>
    private int Requeue(DateTimeOffset expiredBy, int maxAttempts, string gaveUp, string requeued)
    {
        var cutoff = expiredBy == DateTimeOffset.MaxValue ? long.MaxValue : AlertRows.Millis(expiredBy);
        using var connection = Open();
        using var tx = connection.BeginTransaction(deferred: false);
        AlertRows.Execute(connection, tx, """
            UPDATE deliveries SET state = 'failed', last_error = $error
            WHERE state = 'sending' AND COALESCE(lease_expires_at, 0) <= $cutoff AND attempts >= $max
            """, ("$cutoff", cutoff), ("$max", maxAttempts), ("$error", gaveUp));
        var count = AlertRows.Execute(connection, tx, """
            UPDATE deliveries SET state = 'queued', next_attempt_at = $now, lease_expires_at = NULL, last_error = $error
            WHERE state = 'sending' AND COALESCE(lease_expires_at, 0) <= $cutoff
            """, ("$cutoff", cutoff), ("$now", AlertRows.Millis(time.GetUtcNow())), ("$error", requeued));
        tx.Commit();
        return count;
    }

    private int Run(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = Open();
        return AlertRows.Execute(connection, null, sql, parameters);
    }

    /// <summary>
    /// synchronous is per connection and starts at FULL: an fsync per commit, two commits per message. NORMAL in WAL
    /// mode still survives a killed process (what exactly-once is about); a power cut may undo the last marks, and
    /// an undone 'sent' is resent, as for any interrupted send.
    /// </summary>
    private SqliteConnection Open()
    {
        var connection = database.Open();
        AlertRows.Execute(connection, null, "PRAGMA synchronous = NORMAL");
        return connection;
    }
}
