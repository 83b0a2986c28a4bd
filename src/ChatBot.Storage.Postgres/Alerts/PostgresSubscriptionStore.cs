using ChatBot.Core.Alerts;
using ChatBot.Storage.Postgres.Receipts;
using Npgsql;

namespace ChatBot.Storage.Postgres.Alerts;

/// <summary>Subscribers and their topics in PostgreSQL; each change is one transaction.</summary>
public sealed class PostgresSubscriptionStore(PostgresDatabase database, TimeProvider time) : ISubscriptionStore
{
    public async Task<Subscriber?> GetAsync(long chatId, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(c, null, chatId).ConfigureAwait(false);
    }

    public Task<SubscriptionChange> SubscribeAsync(long chatId, IReadOnlyList<string> tags, CancellationToken cancellationToken = default) =>
        SubscribeAsync(chatId, tags, null, cancellationToken);

    public async Task<SubscriptionChange> SubscribeAsync(long chatId, IReadOnlyList<string> tags, string? language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var now = time.GetUtcNow();
        await using var w = await WriteTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var (c, tx) = (w.Connection, w.Transaction);
        var before = await ReadAsync(c, tx, chatId).ConfigureAwait(false);
        await Pg.ExecuteAsync(c, tx, """
            INSERT INTO subscribers (chat_id, active, deactivated_reason, created_at, updated_at, language) VALUES (@chat, TRUE, NULL, @now, @now, @l)
            ON CONFLICT (chat_id) DO UPDATE SET active = TRUE, deactivated_reason = NULL, updated_at = @now, language = COALESCE(@l, subscribers.language)
            """, ("chat", chatId), ("now", now), ("l", language)).ConfigureAwait(false);
        if (tags.Count == 0)
        {
            // "All" replaces the topic list: it covers every topic, and /unsubscribe then stops everything at once.
            await Pg.ExecuteAsync(c, tx, "DELETE FROM subscriptions WHERE chat_id = @chat AND tag <> '*'", ("chat", chatId)).ConfigureAwait(false);
        }
        var added = new List<string>();
        foreach (var tag in tags.Count == 0 ? [Subscription.All] : tags)
        {
            if (await Pg.ExecuteAsync(c, tx, "INSERT INTO subscriptions (chat_id, tag, created_at) VALUES (@chat, @tag, @now) ON CONFLICT DO NOTHING",
                    ("chat", chatId), ("tag", tag), ("now", now)).ConfigureAwait(false) > 0)
            {
                added.Add(tag);
            }
        }
        var after = await ReadAsync(c, tx, chatId).ConfigureAwait(false);
        await w.CommitAsync().ConfigureAwait(false);
        return new SubscriptionChange(added, [], before is { Active: false }, after);
    }

    public async Task<SubscriptionChange> UnsubscribeAsync(long chatId, IReadOnlyList<string> tags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        await using var w = await WriteTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var (c, tx) = (w.Connection, w.Transaction);
        var before = await ReadAsync(c, tx, chatId).ConfigureAwait(false);
        if (before is null)
        {
            return new SubscriptionChange([], [], false, null);
        }
        var removed = new List<string>();
        foreach (var tag in tags.Count == 0 ? before.Subscriptions.Select(s => s.Tag).ToList() : tags)
        {
            if (await Pg.ExecuteAsync(c, tx, "DELETE FROM subscriptions WHERE chat_id = @chat AND tag = @tag", ("chat", chatId), ("tag", tag))
                    .ConfigureAwait(false) > 0)
            {
                removed.Add(tag);
            }
        }
        await Pg.ExecuteAsync(c, tx, "UPDATE subscribers SET updated_at = @now WHERE chat_id = @chat", ("chat", chatId), ("now", time.GetUtcNow()))
            .ConfigureAwait(false);
        // Whatever the remaining topics no longer cover is cancelled in this same transaction.
        var cancelled = await Pg.ExecuteAsync(c, tx, $"""
            UPDATE deliveries AS d SET state = 'cancelled', last_error = 'not sent: the chat unsubscribed'
            WHERE d.chat_id = @chat AND d.state = 'queued' AND NOT {AlertWriter.Covered}
            """, ("chat", chatId)).ConfigureAwait(false);
        var after = await ReadAsync(c, tx, chatId).ConfigureAwait(false);
        await w.CommitAsync().ConfigureAwait(false);
        return new SubscriptionChange([], removed, false, after, cancelled);
    }

    public async Task SetLanguageAsync(long chatId, string language, CancellationToken cancellationToken = default)
    {
        await using var w = await WriteTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        await Pg.ExecuteAsync(w.Connection, w.Transaction, "UPDATE subscribers SET language = @l WHERE chat_id = @chat", ("chat", chatId), ("l", language))
            .ConfigureAwait(false);
        await w.CommitAsync().ConfigureAwait(false);
    }

    public async Task DeactivateAsync(long chatId, string reason, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await DeactivateAsync(c, null, chatId, reason, time.GetUtcNow()).ConfigureAwait(false);
    }

    public async Task<int> CountActiveAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return Pg.Int(await Pg.ScalarAsync(c, null, """
            SELECT COUNT(*) FROM subscribers s WHERE s.active AND EXISTS (SELECT 1 FROM subscriptions x WHERE x.chat_id = s.chat_id)
            """).ConfigureAwait(false));
    }

    internal static Task DeactivateAsync(NpgsqlConnection c, NpgsqlTransaction? tx, long chatId, string reason, DateTimeOffset at) =>
        Pg.ExecuteAsync(c, tx, "UPDATE subscribers SET active = FALSE, deactivated_reason = @reason, updated_at = @now WHERE chat_id = @chat",
            ("chat", chatId), ("reason", Pg.Clip(reason)), ("now", at));

    private static async Task<Subscriber?> ReadAsync(NpgsqlConnection c, NpgsqlTransaction? tx, long chatId)
    {
        var subscriptions = await Pg.ReadAsync(c, tx, "SELECT tag FROM subscriptions WHERE chat_id = @chat ORDER BY tag",
            r => new Subscription(chatId, r.GetString(0)), ("chat", chatId)).ConfigureAwait(false);
        var rows = await Pg.ReadAsync(c, tx, "SELECT active, deactivated_reason, created_at FROM subscribers WHERE chat_id = @chat",
            r => new Subscriber(chatId, r.GetBoolean(0), Pg.StringOrNull(r, 1), subscriptions, Pg.Time(r, 2)), ("chat", chatId)).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }
}
