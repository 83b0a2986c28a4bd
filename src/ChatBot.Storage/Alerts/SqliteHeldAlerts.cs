using System.Text.Json;
using ChatBot.Core.Alerts;
using ChatBot.Core.Facts;
using ChatBot.Storage.Receipts;
using Microsoft.Data.Sqlite;

namespace ChatBot.Storage.Alerts;

/// <summary>Held /editfact alerts on SQLite: rebuilt from the fact's versions when the admin decides.</summary>
public sealed class SqliteHeldAlerts(SqliteDatabase database, TimeProvider time) : IHeldAlerts
{
    public Task<HeldAlertResult> SendAsync(string factId, int version, string actor, CancellationToken cancellationToken = default)
    {
        using var w = WriteTransaction.Begin(database);
        var (c, tx) = (w.Connection, w.Transaction);
        var current = SqliteFactStore.ReadFact(c, tx, factId);
        if (current is null || current.Version < version || Snapshot(c, tx, factId, version) is not { } held)
        {
            return Task.FromResult(new HeldAlertResult(HeldAlertStatus.Outdated, 0));
        }
        if (AlertsFrom(c, tx, factId, version, exactly: true))
        {
            return Task.FromResult(new HeldAlertResult(HeldAlertStatus.AlreadySent, 0));
        }
        for (var v = version + 1; v <= current.Version; v++)
        {
            if (Snapshot(c, tx, factId, v) is { } later && HeldAlertRules.Supersedes(held, later))
            {
                var superseding = new SupersedingVersion(v, later.Status != FactStatus.Active, AlertsFrom(c, tx, factId, v, exactly: false));
                return Task.FromResult(new HeldAlertResult(HeldAlertStatus.Superseded, 0) { Superseding = superseding });
            }
        }
        // The change the admin previewed, citing the fact as it is now; recorded under the held version, so a second press finds it.
        var id = AlertOutboxWriter.EnqueueFactChange(c, tx, Snapshot(c, tx, factId, version - 1), current with { Version = version }, actor,
            time.GetUtcNow(), "edit");
        if (id is null)
        {
            return Task.FromResult(new HeldAlertResult(HeldAlertStatus.Outdated, 0));
        }
        var recipients = (long)AlertRows.Scalar(c, tx, "SELECT COUNT(*) FROM deliveries WHERE alert_id = $a", ("$a", id))!;
        w.Commit();
        return Task.FromResult(new HeldAlertResult(HeldAlertStatus.Sent, (int)recipients));
    }

    // Whether an alert was enqueued for the version (exactly) or for it or any version after it.
    private static bool AlertsFrom(SqliteConnection c, SqliteTransaction tx, string factId, int version, bool exactly) =>
        AlertRows.Scalar(c, tx, $"SELECT COUNT(*) FROM alerts WHERE kind = 'fact' AND fact_id = $f AND fact_version {(exactly ? "=" : ">=")} $v",
            ("$f", factId), ("$v", version)) is long n && n > 0;

    private static Fact? Snapshot(SqliteConnection c, SqliteTransaction tx, string factId, int version) =>
        AlertRows.Scalar(c, tx, "SELECT snapshot FROM fact_versions WHERE fact_id = $f AND version = $v", ("$f", factId), ("$v", version)) is string json
            ? JsonSerializer.Deserialize(json, StorageJson.Default.Fact)
            : null;
}
