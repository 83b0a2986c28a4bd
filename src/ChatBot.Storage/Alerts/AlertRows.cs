using ChatBot.Core.Alerts;
using Microsoft.Data.Sqlite;

namespace ChatBot.Storage.Alerts;

/// <summary>Column encodings of the alert tables and small command helpers, in one place.</summary>
internal static class AlertRows
{
    public static string State(DeliveryState state) => state switch
    {
        DeliveryState.Queued => "queued",
        DeliveryState.Sending => "sending",
        DeliveryState.Sent => "sent",
        DeliveryState.Failed => "failed",
        DeliveryState.Blocked => "blocked",
        DeliveryState.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static DeliveryState ParseState(string s) => s switch
    {
        "queued" => DeliveryState.Queued,
        "sending" => DeliveryState.Sending,
        "sent" => DeliveryState.Sent,
        "failed" => DeliveryState.Failed,
        "blocked" => DeliveryState.Blocked,
        "cancelled" => DeliveryState.Cancelled,
        _ => throw new InvalidDataException($"Unknown delivery state '{s}'."),
    };

    /// <summary>
    /// SQL true when the chat of delivery <c>d</c> still follows its alert: an active subscriber with a subscription
    /// that covers it (any subscription for a broadcast, or for an alert from before topics were stored; '*' or one
    /// of the alert's tags for a fact change). Requires the outer query to name the deliveries row <c>d</c>.
    /// </summary>
    public const string Covered = """
        EXISTS (SELECT 1 FROM alerts a JOIN subscribers s ON s.chat_id = d.chat_id JOIN subscriptions x ON x.chat_id = s.chat_id
                WHERE a.id = d.alert_id AND s.active = 1
                  AND (a.kind = 'broadcast' OR a.tags IS NULL OR x.tag = '*' OR x.tag IN (SELECT value FROM json_each(a.tags))))
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

    public static string Kind(AlertKind kind) => kind == AlertKind.Broadcast ? "broadcast" : "fact";

    public static AlertKind ParseKind(string s) => s == "broadcast" ? AlertKind.Broadcast : AlertKind.FactChange;

    public static long Millis(DateTimeOffset t) => t.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMillis(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    /// <summary>Errors come from the network and Telegram; a bounded length keeps rows small.</summary>
    public static string Clip(string error) => error.Length <= 500 ? error : error[..500];

    public static object? Scalar(SqliteConnection c, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters) =>
        Sql.Scalar(c, tx, sql, parameters);

    public static int Execute(SqliteConnection c, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters) =>
        Sql.Execute(c, tx, sql, parameters);

    public static SqliteCommand Command(SqliteConnection c, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters) =>
        Sql.Command(c, tx, sql, parameters);
}
