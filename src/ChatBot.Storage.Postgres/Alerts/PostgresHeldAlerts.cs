using ChatBot.Core.Alerts;
using ChatBot.Core.Facts;
using ChatBot.Storage.Postgres.Receipts;
using Npgsql;

namespace ChatBot.Storage.Postgres.Alerts;

/// <summary>Held /editfact alerts on PostgreSQL: rebuilt from the fact's current and previous versions when the admin decides.</summary>
public sealed class PostgresHeldAlerts(PostgresDatabase database, TimeProvider time) : IHeldAlerts
{
    public async Task<HeldAlertResult> SendAsync(string factId, int version, string actor, CancellationToken cancellationToken = default)
    {
        await using var w = await WriteTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var (c, tx) = (w.Connection, w.Transaction);
        var (before, after) = await VersionsAsync(c, tx, factId, version).ConfigureAwait(false);
        if (after is null)
        {
            return new HeldAlertResult(HeldAlertStatus.Outdated, 0);
        }
        if (Pg.Int(await Pg.ScalarAsync(c, tx, "SELECT COUNT(*) FROM alerts WHERE kind = 'fact' AND fact_id = @f AND fact_version = @v",
                ("f", factId), ("v", version)).ConfigureAwait(false)) > 0)
        {
            return new HeldAlertResult(HeldAlertStatus.AlreadySent, 0);
        }
        var id = await AlertWriter.EnqueueFactChangeAsync(c, tx, before, after, actor, time.GetUtcNow(), "edit").ConfigureAwait(false);
        if (id is null)
        {
            return new HeldAlertResult(HeldAlertStatus.Outdated, 0);
        }
        var recipients = Pg.Int(await Pg.ScalarAsync(c, tx, "SELECT COUNT(*) FROM deliveries WHERE alert_id = @a", ("a", id)).ConfigureAwait(false));
        await w.CommitAsync().ConfigureAwait(false);
        return new HeldAlertResult(HeldAlertStatus.Sent, recipients);
    }

    // The fact as it is now, only while it is still at the version the admin saw, and the version before it.
    private static async Task<(Fact? Before, Fact? After)> VersionsAsync(NpgsqlConnection c, NpgsqlTransaction tx, string factId, int version)
    {
        var current = await FactRows.ReadFactAsync(c, tx, factId).ConfigureAwait(false);
        if (current is null || current.Version != version)
        {
            return (null, null);
        }
        var snapshot = await Pg.ScalarAsync(c, tx, "SELECT snapshot FROM fact_versions WHERE fact_id = @f AND version = @v",
            ("f", factId), ("v", version - 1)).ConfigureAwait(false) as string;
        return (snapshot is null ? null : Pg.ReadSnapshot(snapshot), current);
    }
}
