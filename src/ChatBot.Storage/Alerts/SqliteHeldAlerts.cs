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
        if (Withheld(c, tx, factId, version) is { } decision)
        {
            return Task.FromResult(new HeldAlertResult(HeldAlertStatus.Declined, 0) { Decision = decision });
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

    public Task<HeldAlertResult> WithholdAsync(string factId, int version, string actor, CancellationToken cancellationToken = default)
    {
        using var w = WriteTransaction.Begin(database);
        var (c, tx) = (w.Connection, w.Transaction);
        if (Snapshot(c, tx, factId, version) is null)
        {
            return Task.FromResult(new HeldAlertResult(HeldAlertStatus.Outdated, 0));
        }
        if (AlertsFrom(c, tx, factId, version, exactly: true))
        {
            return Task.FromResult(new HeldAlertResult(HeldAlertStatus.AlreadySent, 0));
        }
        if (Withheld(c, tx, factId, version) is { } earlier)
        {
            return Task.FromResult(new HeldAlertResult(HeldAlertStatus.Declined, 0) { Decision = earlier });
        }
        var decision = new HeldAlertDecision(actor, time.GetUtcNow());
        AlertRows.Execute(c, tx, "INSERT INTO withheld_alerts (fact_id, version, actor, decided_at) VALUES ($f, $v, $a, $t)",
            ("$f", factId), ("$v", version), ("$a", actor), ("$t", AlertRows.Millis(decision.At)));
        w.Commit();
        return Task.FromResult(new HeldAlertResult(HeldAlertStatus.Withheld, 0) { Decision = decision });
    }

    private static HeldAlertDecision? Withheld(SqliteConnection c, SqliteTransaction tx, string factId, int version)
    {
        using var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT actor, decided_at FROM withheld_alerts WHERE fact_id = $f AND version = $v";
        command.Parameters.AddWithValue("$f", factId);
        command.Parameters.AddWithValue("$v", version);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new HeldAlertDecision(reader.GetString(0), AlertRows.FromMillis(reader.GetInt64(1))) : null;
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
