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
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static DeliveryState ParseState(string s) => s switch
    {
        "queued" => DeliveryState.Queued,
        "sending" => DeliveryState.Sending,
        "sent" => DeliveryState.Sent,
        "failed" => DeliveryState.Failed,
        "blocked" => DeliveryState.Blocked,
        _ => throw new InvalidDataException($"Unknown delivery state '{s}'."),
    };

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
