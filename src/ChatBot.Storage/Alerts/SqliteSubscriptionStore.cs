using ChatBot.Core.Alerts;
using ChatBot.Storage.Receipts;
using Microsoft.Data.Sqlite;

namespace ChatBot.Storage.Alerts;

/// <summary>Subscribers and their topics in SQLite; each change is one transaction.</summary>
public sealed class SqliteSubscriptionStore(SqliteDatabase database, TimeProvider time) : ISubscriptionStore
{
    public Task<Subscriber?> GetAsync(long chatId, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        return Task.FromResult(Read(connection, null, chatId));
    }

    public Task<SubscriptionChange> SubscribeAsync(long chatId, IReadOnlyList<string> tags, CancellationToken cancellationToken = default) =>
        SubscribeAsync(chatId, tags, null, cancellationToken);

    public Task<SubscriptionChange> SubscribeAsync(long chatId, IReadOnlyList<string> tags, string? language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var now = FactRows.WriteTime(time.GetUtcNow());
        using var w = WriteTransaction.Begin(database);
        var (connection, tx) = (w.Connection, w.Transaction);
        var before = Read(connection, tx, chatId);
        var reactivated = before is { Active: false };
        AlertRows.Execute(connection, tx, """
            INSERT INTO subscribers (chat_id, active, deactivated_reason, created_at, updated_at, language) VALUES ($chat, 1, NULL, $now, $now, $l)
            ON CONFLICT (chat_id) DO UPDATE SET active = 1, deactivated_reason = NULL, updated_at = $now, language = COALESCE($l, language)
            """, ("$chat", chatId), ("$now", now), ("$l", language));
        var wanted = tags.Count == 0 ? [Subscription.All] : tags;
        if (tags.Count == 0)
        {
            // "All" replaces the topic list: it covers every topic, and /unsubscribe then stops everything at once.
            AlertRows.Execute(connection, tx, "DELETE FROM subscriptions WHERE chat_id = $chat AND tag <> '*'", ("$chat", chatId));
        }
        var added = new List<string>();
        foreach (var tag in wanted)
        {
            var inserted = AlertRows.Execute(connection, tx,
                "INSERT INTO subscriptions (chat_id, tag, created_at) VALUES ($chat, $tag, $now) ON CONFLICT DO NOTHING",
                ("$chat", chatId), ("$tag", tag), ("$now", now));
            if (inserted > 0)
            {
                added.Add(tag);
            }
        }
        var after = Read(connection, tx, chatId);
        w.Commit();
        return Task.FromResult(new SubscriptionChange(added, [], reactivated, after));
    }

    public Task<SubscriptionChange> UnsubscribeAsync(long chatId, IReadOnlyList<string> tags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        using var w = WriteTransaction.Begin(database);
        var (connection, tx) = (w.Connection, w.Transaction);
        var before = Read(connection, tx, chatId);
        if (before is null)
        {
            return Task.FromResult(new SubscriptionChange([], [], false, null));
        }
        var removing = tags.Count == 0 ? before.Subscriptions.Select(s => s.Tag).ToList() : tags.ToList();
        var removed = new List<string>();
        foreach (var tag in removing)
        {
            if (AlertRows.Execute(connection, tx, "DELETE FROM subscriptions WHERE chat_id = $chat AND tag = $tag",
                    ("$chat", chatId), ("$tag", tag)) > 0)
            {
                removed.Add(tag);
            }
        }
        AlertRows.Execute(connection, tx, "UPDATE subscribers SET updated_at = $now WHERE chat_id = $chat",
            ("$chat", chatId), ("$now", FactRows.WriteTime(time.GetUtcNow())));
        // Alerts queued before the unsubscribe must not arrive after it: whatever the remaining topics no longer
        // cover is cancelled in this same transaction. A send already in flight cannot be called back.
        var cancelled = AlertRows.Execute(connection, tx, $"""
            UPDATE deliveries AS d SET state = 'cancelled', last_error = 'not sent: the chat unsubscribed'
            WHERE d.chat_id = $chat AND d.state = 'queued' AND NOT {AlertRows.Covered}
            """, ("$chat", chatId));
        var after = Read(connection, tx, chatId);
        w.Commit();
        return Task.FromResult(new SubscriptionChange([], removed, false, after, cancelled));
    }

    public Task SetLanguageAsync(long chatId, string language, CancellationToken cancellationToken = default)
    {
        using var w = WriteTransaction.Begin(database);
        AlertRows.Execute(w.Connection, w.Transaction, "UPDATE subscribers SET language = $l WHERE chat_id = $chat", ("$chat", chatId), ("$l", language));
        w.Commit();
        return Task.CompletedTask;
    }

    public Task DeactivateAsync(long chatId, string reason, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        Deactivate(connection, null, chatId, reason, time.GetUtcNow());
        return Task.CompletedTask;
    }

    public Task<int> CountActiveAsync(CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        var count = (long)AlertRows.Scalar(connection, null, """
            SELECT COUNT(*) FROM subscribers s
            WHERE s.active = 1 AND EXISTS (SELECT 1 FROM subscriptions x WHERE x.chat_id = s.chat_id)
            """)!;
        return Task.FromResult((int)count);
    }

    internal static void Deactivate(SqliteConnection c, SqliteTransaction? tx, long chatId, string reason, DateTimeOffset at) =>
        AlertRows.Execute(c, tx, "UPDATE subscribers SET active = 0, deactivated_reason = $reason, updated_at = $now WHERE chat_id = $chat",
            ("$chat", chatId), ("$reason", AlertRows.Clip(reason)), ("$now", FactRows.WriteTime(at)));

    private static Subscriber? Read(SqliteConnection c, SqliteTransaction? tx, long chatId)
    {
        var subscriptions = new List<Subscription>();
        using (var q = AlertRows.Command(c, tx, "SELECT tag FROM subscriptions WHERE chat_id = $chat ORDER BY tag", ("$chat", chatId)))
        using (var r = q.ExecuteReader())
        {
            while (r.Read())
            {
                subscriptions.Add(new Subscription(chatId, r.GetString(0)));
            }
        }
        using var command = AlertRows.Command(c, tx,
            "SELECT active, deactivated_reason, created_at FROM subscribers WHERE chat_id = $chat", ("$chat", chatId));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new Subscriber(chatId, reader.GetInt64(0) != 0, reader.IsDBNull(1) ? null : reader.GetString(1), subscriptions,
                FactRows.ReadTime(reader.GetString(2)))
            : null;
    }
}
