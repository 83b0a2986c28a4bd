using ChatBot.Core.Alerts;
using ChatBot.Core.Facts;
using ChatBot.Storage.Postgres.Receipts;
using Npgsql;

namespace ChatBot.Storage.Postgres.Alerts;

/// <summary>Held /editfact alerts on PostgreSQL: rebuilt from the fact's versions when the admin decides.</summary>
public sealed class PostgresHeldAlerts(PostgresDatabase database, TimeProvider time) : IHeldAlerts
{
    public async Task<HeldAlertResult> SendAsync(string factId, int version, string actor, CancellationToken cancellationToken = default)
    {
        await using var w = await WriteTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var (c, tx) = (w.Connection, w.Transaction);
        var current = await FactRows.ReadFactAsync(c, tx, factId).ConfigureAwait(false);
        if (current is null || current.Version < version || await SnapshotAsync(c, tx, factId, version).ConfigureAwait(false) is not { } held)
        {
            return new HeldAlertResult(HeldAlertStatus.Outdated, 0);
        }
        if (await AlertsFromAsync(c, tx, factId, version, exactly: true).ConfigureAwait(false))
        {
            return new HeldAlertResult(HeldAlertStatus.AlreadySent, 0);
        }
        if (await WithheldAsync(c, tx, factId, version).ConfigureAwait(false) is { } decision)
        {
            return new HeldAlertResult(HeldAlertStatus.Declined, 0) { Decision = decision };
        }
        for (var v = version + 1; v <= current.Version; v++)
        {
            if (await SnapshotAsync(c, tx, factId, v).ConfigureAwait(false) is { } later && HeldAlertRules.Supersedes(held, later))
            {
                var alerted = await AlertsFromAsync(c, tx, factId, v, exactly: false).ConfigureAwait(false);
                return new HeldAlertResult(HeldAlertStatus.Superseded, 0)
                {
                    Superseding = new SupersedingVersion(v, later.Status != FactStatus.Active, alerted),
                };
            }
        }
        // The change the admin previewed, citing the fact as it is now; recorded under the held version, so a second press finds it.
        var before = await SnapshotAsync(c, tx, factId, version - 1).ConfigureAwait(false);
        var id = await AlertWriter.EnqueueFactChangeAsync(c, tx, before, current with { Version = version }, actor, time.GetUtcNow(), "edit")
            .ConfigureAwait(false);
        if (id is null)
        {
            return new HeldAlertResult(HeldAlertStatus.Outdated, 0);
        }
        var recipients = Pg.Int(await Pg.ScalarAsync(c, tx, "SELECT COUNT(*) FROM deliveries WHERE alert_id = @a", ("a", id)).ConfigureAwait(false));
        await w.CommitAsync().ConfigureAwait(false);
        return new HeldAlertResult(HeldAlertStatus.Sent, recipients);
    }

    public async Task<HeldAlertResult> WithholdAsync(string factId, int version, string actor, CancellationToken cancellationToken = default)
    {
        await using var w = await WriteTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var (c, tx) = (w.Connection, w.Transaction);
        if (await SnapshotAsync(c, tx, factId, version).ConfigureAwait(false) is null)
        {
            return new HeldAlertResult(HeldAlertStatus.Outdated, 0);
        }
        if (await AlertsFromAsync(c, tx, factId, version, exactly: true).ConfigureAwait(false))
        {
            return new HeldAlertResult(HeldAlertStatus.AlreadySent, 0);
        }
        if (await WithheldAsync(c, tx, factId, version).ConfigureAwait(false) is { } earlier)
        {
            return new HeldAlertResult(HeldAlertStatus.Declined, 0) { Decision = earlier };
        }
        var decision = new HeldAlertDecision(actor, time.GetUtcNow());
        await Pg.ExecuteAsync(c, tx, "INSERT INTO withheld_alerts (fact_id, version, actor, decided_at) VALUES (@f, @v, @a, @t)",
            ("f", factId), ("v", version), ("a", actor), ("t", decision.At)).ConfigureAwait(false);
        await w.CommitAsync().ConfigureAwait(false);
        return new HeldAlertResult(HeldAlertStatus.Withheld, 0) { Decision = decision };
    }

    private static async Task<HeldAlertDecision?> WithheldAsync(NpgsqlConnection c, NpgsqlTransaction tx, string factId, int version)
    {
        var rows = await Pg.ReadAsync(c, tx, "SELECT actor, decided_at FROM withheld_alerts WHERE fact_id = @f AND version = @v",
            r => new HeldAlertDecision(r.GetString(0), Pg.Time(r, 1)), ("f", factId), ("v", version)).ConfigureAwait(false);
        return rows.Count > 0 ? rows[0] : null;
    }

    // Whether an alert was enqueued for the version (exactly) or for it or any version after it.
    private static async Task<bool> AlertsFromAsync(NpgsqlConnection c, NpgsqlTransaction tx, string factId, int version, bool exactly) =>
        Pg.Int(await Pg.ScalarAsync(c, tx,
            $"SELECT COUNT(*) FROM alerts WHERE kind = 'fact' AND fact_id = @f AND fact_version {(exactly ? "=" : ">=")} @v",
            ("f", factId), ("v", version)).ConfigureAwait(false)) > 0;

    private static async Task<Fact?> SnapshotAsync(NpgsqlConnection c, NpgsqlTransaction tx, string factId, int version) =>
        await Pg.ScalarAsync(c, tx, "SELECT snapshot FROM fact_versions WHERE fact_id = @f AND version = @v", ("f", factId), ("v", version))
            .ConfigureAwait(false) is string json
            ? Pg.ReadSnapshot(json)
            : null;
}
