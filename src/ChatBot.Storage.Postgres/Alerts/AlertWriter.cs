using ChatBot.Core.Alerts;
using ChatBot.Core.Answering;
using ChatBot.Core.Facts;
using ChatBot.Storage.Postgres.Receipts;
using Npgsql;

namespace ChatBot.Storage.Postgres.Alerts;

/// <summary>
/// Writes an alert and its delivery rows inside the caller's transaction, so a fact change and its alert commit or roll
/// back together. The rules of which change calls for which alert are the SQLite store's, word for word.
/// </summary>
internal static class AlertWriter
{
    /// <summary>
    /// SQL true when the chat of delivery <c>d</c> still follows its alert: an active subscriber with a subscription
    /// that covers it (any subscription for a broadcast or an alert without topics; '*' or one of the alert's tags).
    /// </summary>
    public const string Covered = """
        EXISTS (SELECT 1 FROM alerts a JOIN subscribers s ON s.chat_id = d.chat_id JOIN subscriptions x ON x.chat_id = s.chat_id
                WHERE a.id = d.alert_id AND s.active
                  AND (a.kind = 'broadcast' OR a.tags IS NULL OR x.tag = '*' OR x.tag IN (SELECT jsonb_array_elements_text(a.tags))))
        """;

    /// <summary>
    /// A newer alert of the same fact was queued for the same chat: sending this one now (a retry, a recovered lease)
    /// would put an older answer after a newer one, and the newer alert already says what changed.
    /// </summary>
    public const string Superseded = """
        EXISTS (SELECT 1 FROM alerts a JOIN alerts n ON n.kind = 'fact' AND n.fact_id = a.fact_id AND n.id > a.id
                JOIN deliveries nd ON nd.alert_id = n.id AND nd.chat_id = d.chat_id
                WHERE a.id = d.alert_id AND a.kind = 'fact')
        """;

    public static DeliveryState ParseState(string s) => Enum.Parse<DeliveryState>(s, ignoreCase: true);

    /// <summary>Enqueues the alert a change calls for; returns its id, or null when the change calls for none.</summary>
    public static async Task<long?> EnqueueFactChangeAsync(NpgsqlConnection c, NpgsqlTransaction tx, Fact? before, Fact after, string actor,
        DateTimeOffset at, string action = "", bool hold = false)
    {
        var html = await AlertForAsync(c, tx, before, after, action, hold, at).ConfigureAwait(false);
        if (html is null)
        {
            return null;
        }
        var tags = after.Tags.Select(Topics.Normalize).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var id = await InsertAlertAsync(c, tx, "fact", after.Id, after.Version, Pg.WriteList(tags), html, actor, at).ConfigureAwait(false);
        foreach (var texts in AlertTexts.Translations)
        {
            await InsertTranslationAsync(c, tx, id, texts, html, (await AlertForAsync(c, tx, before, after, action, hold, at, texts).ConfigureAwait(false))!)
                .ConfigureAwait(false);
        }
        await Pg.ExecuteAsync(c, tx, """
            INSERT INTO deliveries (alert_id, chat_id, state, attempts, next_attempt_at)
            SELECT DISTINCT @alert, s.chat_id, 'queued', 0, @due
            FROM subscribers s JOIN subscriptions x ON x.chat_id = s.chat_id
            WHERE s.active AND (x.tag = '*' OR x.tag = ANY (@tags))
            ORDER BY s.chat_id
            """, ("alert", id), ("due", Pg.Millis(at)), ("tags", tags)).ConfigureAwait(false);
        return id;
    }

    public static async Task<EnqueuedAlert> EnqueueBroadcastAsync(NpgsqlConnection c, NpgsqlTransaction tx, string text, string actor, DateTimeOffset at)
    {
        var english = AlertText.ForBroadcast(text);
        var id = await InsertAlertAsync(c, tx, "broadcast", null, null, null, english, actor, at).ConfigureAwait(false);
        foreach (var texts in AlertTexts.Translations)
        {
            await InsertTranslationAsync(c, tx, id, texts, english, AlertText.ForBroadcast(text, texts)).ConfigureAwait(false);
        }
        var recipients = await Pg.ExecuteAsync(c, tx, """
            INSERT INTO deliveries (alert_id, chat_id, state, attempts, next_attempt_at)
            SELECT @alert, s.chat_id, 'queued', 0, @due
            FROM subscribers s
            WHERE s.active AND EXISTS (SELECT 1 FROM subscriptions x WHERE x.chat_id = s.chat_id)
            ORDER BY s.chat_id
            """, ("alert", id), ("due", Pg.Millis(at))).ConfigureAwait(false);
        return new EnqueuedAlert(id, recipients);
    }

    private static async Task<string?> AlertForAsync(NpgsqlConnection c, NpgsqlTransaction tx, Fact? before, Fact after, string action, bool hold,
        DateTimeOffset at, IAlertTexts? texts = null)
    {
        texts ??= AlertTexts.English;
        if (!after.Notify)
        {
            return null;
        }
        var wasActive = before is { Status: FactStatus.Active };
        if (after.Status != FactStatus.Active)
        {
            return wasActive ? RetractionText.For(before!, at, texts) : null;
        }
        if (before is { Status: FactStatus.Retired })
        {
            return AlertText.ForFactChange(null, AlertAnswers.For(null, after, texts).Shown, await CitationsAsync(c, tx, after.Quotes).ConfigureAwait(false),
                texts.Restored, texts);
        }
        if (wasActive && string.Equals(before!.Answer, after.Answer, StringComparison.Ordinal))
        {
            return null;
        }
        var (was, shown) = AlertAnswers.For(before, after, texts);
        if (action.StartsWith("revert to ", StringComparison.Ordinal))
        {
            return AlertText.ForFactChange(was, shown, await CitationsAsync(c, tx, after.Quotes).ConfigureAwait(false),
                texts.RestoredVersion(action["revert to ".Length..]), texts);
        }
        return hold ? null : AlertText.ForFactChange(was, shown, await CitationsAsync(c, tx, after.Quotes).ConfigureAwait(false), null, texts);
    }

    private static async Task<long> InsertAlertAsync(NpgsqlConnection c, NpgsqlTransaction tx, string kind, string? factId, int? version,
        string? tags, string html, string actor, DateTimeOffset at) =>
        (long)(await Pg.ScalarAsync(c, tx, """
            INSERT INTO alerts (kind, fact_id, fact_version, tags, html, created_by, created_at, update_id)
            VALUES (@kind, @fact, @version, CAST(@tags AS jsonb), @html, @by, @at, @update)
            RETURNING id
            """,
            ("kind", kind), ("fact", factId), ("version", version), ("tags", tags), ("html", html), ("by", actor), ("at", at),
            ("update", ReceiptScope.CurrentUpdateId)).ConfigureAwait(false))!;

    // One row per language besides English; a delivery picks its chat's language, else alerts.html (see the outbox).
    // Only a text that differs from the English one is stored; a delivery without a row for its language takes alerts.html.
    private static Task<int> InsertTranslationAsync(NpgsqlConnection c, NpgsqlTransaction tx, long alertId, IAlertTexts texts, string english, string html) =>
        string.Equals(html, english, StringComparison.Ordinal)
            ? Task.FromResult(0)
            : Pg.ExecuteAsync(c, tx, "INSERT INTO alert_texts (alert_id, language, html) VALUES (@alert, @l, @html)",
                ("alert", alertId), ("l", texts.Language), ("html", html));

    private static async Task<List<Citation>> CitationsAsync(NpgsqlConnection c, NpgsqlTransaction tx, IReadOnlyList<Quote> quotes)
    {
        var citations = new List<Citation>(quotes.Count);
        foreach (var quote in quotes)
        {
            var s = (await Pg.ReadAsync(c, tx, $"SELECT {FactRows.SourceColumns} FROM sources WHERE id = @id", FactRows.ReadSource,
                ("id", quote.SourceId)).ConfigureAwait(false)).FirstOrDefault();
            citations.Add(s is null
                ? new Citation(quote.Text, quote.SourceId, quote.SourceId, quote.SourceId, null, null)
                : new Citation(quote.Text, s.Id, s.Title, s.Outlet, s.Url, s.Published));
        }
        return citations;
    }
}
