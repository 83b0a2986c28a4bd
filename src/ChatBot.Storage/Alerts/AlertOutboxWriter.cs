using ChatBot.Core.Alerts;
using ChatBot.Core.Answering;
using ChatBot.Core.Facts;
using ChatBot.Storage.Receipts;
using Microsoft.Data.Sqlite;

namespace ChatBot.Storage.Alerts;

/// <summary>
/// Writes an alert and its delivery rows inside the caller's transaction, so a fact change and its alert commit or
/// roll back together: no alert for a change that did not happen, no change whose alert was lost.
/// </summary>
internal static class AlertOutboxWriter
{
    /// <summary>
    /// Enqueues the alert a change calls for and fans it out to active subscribers of its tags (or of everything):
    /// "Update: new (was: old)" for a new fact or a changed answer, "Retracted: … (was: …)" when an active fact is
    /// retired, "Restored: …" when a retired fact or an earlier version comes back. Returns the alert id, or null when
    /// the change calls for no alert: Notify off, the answer unchanged, or <paramref name="hold"/> (the admin is asked first).
    /// </summary>
    public static long? EnqueueFactChange(SqliteConnection c, SqliteTransaction tx, Fact? before, Fact after, string actor, DateTimeOffset at,
        string action = "", bool hold = false)
    {
        ArgumentNullException.ThrowIfNull(after);
        var html = AlertFor(c, tx, before, after, action, hold, at);
        if (html is null)
        {
            return null;
        }
        var tags = after.Tags.Select(Topics.Normalize).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var id = InsertAlert(c, tx, AlertKind.FactChange, after.Id, after.Version, FactRows.WriteList(tags), html, actor, at);
        InsertTranslations(c, tx, id, html, texts => AlertFor(c, tx, before, after, action, hold, at, texts)!);
        AlertRows.Execute(c, tx, """
            INSERT INTO deliveries (alert_id, chat_id, state, attempts, next_attempt_at)
            SELECT DISTINCT $alert, s.chat_id, 'queued', 0, $due
            FROM subscribers s JOIN subscriptions x ON x.chat_id = s.chat_id
            WHERE s.active = 1 AND (x.tag = '*' OR x.tag IN (SELECT value FROM json_each($tags)))
            ORDER BY s.chat_id
            """,
            ("$alert", id), ("$due", AlertRows.Millis(at)), ("$tags", FactRows.WriteList(tags)));
        return id;
    }

    /// <summary>The alert's HTML, or null when the change calls for none.</summary>
    public static string? AlertFor(SqliteConnection c, SqliteTransaction tx, Fact? before, Fact after, string action, bool hold, DateTimeOffset at,
        IAlertTexts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(after);
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
            return AlertText.ForFactChange(null, AlertAnswers.For(null, after, texts).Shown, ReadCitations(c, tx, after.Quotes), texts.Restored, texts);
        }
        if (wasActive && string.Equals(before!.Answer, after.Answer, StringComparison.Ordinal))
        {
            return null;
        }
        var (was, shown) = AlertAnswers.For(before, after, texts);
        if (action.StartsWith("revert to ", StringComparison.Ordinal))
        {
            return AlertText.ForFactChange(was, shown, ReadCitations(c, tx, after.Quotes), texts.RestoredVersion(action["revert to ".Length..]), texts);
        }
        return hold ? null : AlertText.ForFactChange(was, shown, ReadCitations(c, tx, after.Quotes), null, texts);
    }

    /// <summary>Enqueues free text from /broadcast for every active subscriber, whatever their topics.</summary>
    public static EnqueuedAlert EnqueueBroadcast(SqliteConnection c, SqliteTransaction tx, string text, string actor, DateTimeOffset at)
    {
        var id = InsertAlert(c, tx, AlertKind.Broadcast, null, null, null, AlertText.ForBroadcast(text), actor, at);
        InsertTranslations(c, tx, id, AlertText.ForBroadcast(text), texts => AlertText.ForBroadcast(text, texts));
        var recipients = AlertRows.Execute(c, tx, """
            INSERT INTO deliveries (alert_id, chat_id, state, attempts, next_attempt_at)
            SELECT $alert, s.chat_id, 'queued', 0, $due
            FROM subscribers s
            WHERE s.active = 1 AND EXISTS (SELECT 1 FROM subscriptions x WHERE x.chat_id = s.chat_id)
            ORDER BY s.chat_id
            """,
            ("$alert", id), ("$due", AlertRows.Millis(at)));
        return new EnqueuedAlert(id, recipients);
    }

    /// <param name="tags">The JSON list of normalised topics a fact alert was fanned out for; null for a broadcast (every topic).</param>
    private static long InsertAlert(SqliteConnection c, SqliteTransaction tx, AlertKind kind, string? factId, int? version, string? tags,
        string html, string actor, DateTimeOffset at) =>
        (long)AlertRows.Scalar(c, tx, """
            INSERT INTO alerts (kind, fact_id, fact_version, tags, html, created_by, created_at, update_id)
            VALUES ($kind, $fact, $version, $tags, $html, $by, $at, $update)
            RETURNING id
            """,
            ("$update", ReceiptScope.CurrentUpdateId), ("$kind", AlertRows.Kind(kind)), ("$fact", factId), ("$version", version), ("$tags", tags), ("$html", html),
            ("$by", actor), ("$at", FactRows.WriteTime(at)))!;

    // One row per language whose text differs from the English one; a delivery picks its chat's language, else alerts.html (see the outbox).
    private static void InsertTranslations(SqliteConnection c, SqliteTransaction tx, long alertId, string english, Func<IAlertTexts, string> render)
    {
        foreach (var texts in AlertTexts.Translations)
        {
            var html = render(texts);
            if (string.Equals(html, english, StringComparison.Ordinal))
            {
                continue;
            }
            AlertRows.Execute(c, tx, "INSERT INTO alert_texts (alert_id, language, html) VALUES ($alert, $l, $html)",
                ("$alert", alertId), ("$l", texts.Language), ("$html", html));
        }
    }

    private static List<Citation> ReadCitations(SqliteConnection c, SqliteTransaction tx, IReadOnlyList<Quote> quotes)
    {
        var citations = new List<Citation>(quotes.Count);
        foreach (var quote in quotes)
        {
            using var command = AlertRows.Command(c, tx,
                "SELECT id, title, outlet, url, published, text FROM sources WHERE id = $id", ("$id", quote.SourceId));
            using var r = command.ExecuteReader();
            if (r.Read())
            {
                var s = FactRows.ReadSource(r);
                citations.Add(new Citation(quote.Text, s.Id, s.Title, s.Outlet, s.Url, s.Published));
            }
            else
            {
                citations.Add(new Citation(quote.Text, quote.SourceId, quote.SourceId, quote.SourceId, null, null));
            }
        }
        return citations;
    }
}
