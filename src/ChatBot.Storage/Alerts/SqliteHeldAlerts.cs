using System.Text.Json;
using ChatBot.Core.Alerts;
using ChatBot.Core.Facts;
using ChatBot.Storage.Receipts;
using Microsoft.Data.Sqlite;

namespace ChatBot.Storage.Alerts;

/// <summary>Held /editfact alerts on SQLite: rebuilt from the fact's current and previous versions when the admin decides.</summary>
public sealed class SqliteHeldAlerts(SqliteDatabase database, TimeProvider time) : IHeldAlerts
{
    public Task<HeldAlertResult> SendAsync(string factId, int version, string actor, CancellationToken cancellationToken = default)
    {
        using var w = WriteTransaction.Begin(database);
        var (c, tx) = (w.Connection, w.Transaction);
        var (before, after) = Versions(c, tx, factId, version);
        if (after is null)
        {
            return Task.FromResult(new HeldAlertResult(HeldAlertStatus.Outdated, 0));
        }
        if (AlertRows.Scalar(c, tx, "SELECT COUNT(*) FROM alerts WHERE kind = 'fact' AND fact_id = $f AND fact_version = $v",
            ("$f", factId), ("$v", version)) is long n && n > 0)
        {
            return Task.FromResult(new HeldAlertResult(HeldAlertStatus.AlreadySent, 0));
        }
        var id = AlertOutboxWriter.EnqueueFactChange(c, tx, before, after, actor, time.GetUtcNow(), "edit");
        if (id is null)
        {
            return Task.FromResult(new HeldAlertResult(HeldAlertStatus.Outdated, 0));
        }
        var recipients = (long)AlertRows.Scalar(c, tx, "SELECT COUNT(*) FROM deliveries WHERE alert_id = $a", ("$a", id))!;
        w.Commit();
        return Task.FromResult(new HeldAlertResult(HeldAlertStatus.Sent, (int)recipients));
    }

    // The fact as it is now, only while it is still at the version the admin saw, and the version before it.
    private static (Fact? Before, Fact? After) Versions(SqliteConnection c, SqliteTransaction tx, string factId, int version)
    {
        var current = SqliteFactStore.ReadFact(c, tx, factId);
        if (current is null || current.Version != version)
        {
            return (null, null);
        }
        var snapshot = AlertRows.Scalar(c, tx, "SELECT snapshot FROM fact_versions WHERE fact_id = $f AND version = $v",
            ("$f", factId), ("$v", version - 1)) as string;
        var before = snapshot is null ? null : JsonSerializer.Deserialize(snapshot, StorageJson.Default.Fact);
        return (before, current);
    }
}
