using ChatBot.Core.Alerts;
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
        using var connection = Open();
        using var tx = connection.BeginTransaction(deferred: false);
        var enqueued = AlertOutboxWriter.EnqueueBroadcast(connection, tx, text, actor, time.GetUtcNow());
        FactWriter.Audit(connection, tx, actor, time.GetUtcNow(), "broadcast", $"alert {enqueued.AlertId}", $"{enqueued.Recipients} recipients");
        tx.Commit();
        return Task.FromResult(enqueued);
    }

    public Task<int> RecoverInterruptedAsync(int maxAttempts, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var tx = connection.BeginTransaction(deferred: false);
        AlertRows.Execute(connection, tx, """
            UPDATE deliveries SET state = 'failed', last_error = 'interrupted by a restart on every attempt'
            WHERE state = 'sending' AND attempts >= $max
            """, ("$max", maxAttempts));
        // At-least-once for the one ambiguous window: the process died between claiming the row and recording the
        // answer, so Telegram may or may not have the message. Sending again risks a duplicate; not sending risks
        // a subscriber never hearing of a correction. We resend.
        var requeued = AlertRows.Execute(connection, tx, """
            UPDATE deliveries SET state = 'queued', next_attempt_at = $now,
                   last_error = 'interrupted mid-send by a restart; resent (may duplicate)'
            WHERE state = 'sending'
            """, ("$now", AlertRows.Millis(time.GetUtcNow())));
        tx.Commit();
        return Task.FromResult(requeued);
    }

    public Task<IReadOnlyList<OutboxItem>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var command = AlertRows.Command(connection, null, """
            SELECT d.id, d.alert_id, d.chat_id, d.attempts, a.html, a.fact_id
            FROM deliveries d JOIN alerts a ON a.id = d.alert_id
            WHERE d.state = 'queued' AND d.next_attempt_at <= $now
            ORDER BY d.next_attempt_at, d.id
            LIMIT $limit
            """, ("$now", AlertRows.Millis(now)), ("$limit", limit));
        using var r = command.ExecuteReader();
        var items = new List<OutboxItem>();
        while (r.Read())
        {
            items.Add(new OutboxItem(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt32(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5)));
        }
        return Task.FromResult<IReadOnlyList<OutboxItem>>(items);
    }

    public Task<DateTimeOffset?> GetNextDueAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        var next = AlertRows.Scalar(connection, null, "SELECT MIN(next_attempt_at) FROM deliveries WHERE state = 'queued'");
        return Task.FromResult(next is long ms ? AlertRows.FromMillis(ms) : (DateTimeOffset?)null);
    }

    public Task<bool> TryClaimAsync(long deliveryId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Run("UPDATE deliveries SET state = 'sending', attempts = attempts + 1 WHERE id = $id AND state = 'queued'",
            ("$id", deliveryId)) == 1);

    public Task DeferAsync(long deliveryId, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        Run("UPDATE deliveries SET next_attempt_at = $at WHERE id = $id AND state = 'queued'",
            ("$id", deliveryId), ("$at", AlertRows.Millis(until)));
        return Task.CompletedTask;
    }

    public Task MarkSentAsync(long deliveryId, int messageId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        Run("UPDATE deliveries SET state = 'sent', message_id = $msg, sent_at = $at WHERE id = $id AND state = 'sending'",
            ("$id", deliveryId), ("$msg", messageId), ("$at", FactRows.WriteTime(at)));
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(long deliveryId, DateTimeOffset nextAttemptAt, string error, bool countAttempt, CancellationToken cancellationToken = default)
    {
        Run("""
            UPDATE deliveries SET state = 'queued', next_attempt_at = $at, last_error = $error,
                   attempts = CASE WHEN $count = 1 THEN attempts ELSE MAX(attempts - 1, 0) END
            WHERE id = $id AND state = 'sending'
            """,
            ("$id", deliveryId), ("$at", AlertRows.Millis(nextAttemptAt)), ("$error", AlertRows.Clip(error)), ("$count", countAttempt ? 1 : 0));
        return Task.CompletedTask;
    }

    public Task MarkFailedAsync(long deliveryId, string error, CancellationToken cancellationToken = default)
    {
        Run("UPDATE deliveries SET state = 'failed', last_error = $error WHERE id = $id AND state IN ('sending', 'queued')",
            ("$id", deliveryId), ("$error", AlertRows.Clip(error)));
        return Task.CompletedTask;
    }

    public Task MarkBlockedAsync(long deliveryId, long chatId, string reason, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var tx = connection.BeginTransaction(deferred: false);
        // The chat's other queued alerts would only earn more 403s; they are closed with this one.
        AlertRows.Execute(connection, tx, """
            UPDATE deliveries SET state = 'blocked', last_error = $reason
            WHERE (id = $id AND state = 'sending') OR (chat_id = $chat AND state = 'queued')
            """, ("$id", deliveryId), ("$chat", chatId), ("$reason", AlertRows.Clip(reason)));
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
                   COUNT(*) FILTER (WHERE d.state = 'blocked')
            FROM alerts a LEFT JOIN deliveries d ON d.alert_id = a.id
            GROUP BY a.id ORDER BY a.id DESC LIMIT $limit
            """, ("$limit", limit));
        using var r = command.ExecuteReader();
        var list = new List<AlertStatus>();
        while (r.Read())
        {
            list.Add(new AlertStatus(r.GetInt64(0), AlertRows.ParseKind(r.GetString(1)), r.IsDBNull(2) ? null : r.GetString(2),
                r.GetString(3), FactRows.ReadTime(r.GetString(4)), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), r.GetInt32(9)));
        }
        return Task.FromResult<IReadOnlyList<AlertStatus>>(list);
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
