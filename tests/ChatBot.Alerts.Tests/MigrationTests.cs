using ChatBot.Core.Alerts;
using ChatBot.Storage;
using Microsoft.Data.Sqlite;

namespace ChatBot.Alerts.Tests;

public sealed class MigrationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatbot-migrate-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Migration_6_keeps_every_delivery_and_a_row_left_sending_before_it_is_requeued_by_the_first_lease_check()
    {
        var database = new SqliteDatabase(Path.Combine(_folder, "old.db"));
        using (var c = database.Open())
        {
            ApplyScriptsUpTo(c, 5);
            Sql(c, """
                INSERT INTO facts (id, question, alternates, answer, tags, as_of, status, version, created_by, created_at, updated_by, updated_at)
                VALUES ('toll', 'How many?', '[]', '40', '["Casualties"]', '2025-11-23', 'active', 2, 'x', 'x', 'x', 'x');
                INSERT INTO alerts (id, kind, fact_id, fact_version, html, created_by, created_at) VALUES (1, 'fact', 'toll', 2, 'Update', 'x', 'x');
                INSERT INTO alerts (id, kind, html, created_by, created_at) VALUES (2, 'broadcast', 'Hello', 'x', 'x');
                INSERT INTO deliveries (id, alert_id, chat_id, state, attempts, next_attempt_at, message_id, sent_at) VALUES (10, 1, 7, 'sent', 1, 0, 99, 'x');
                INSERT INTO deliveries (id, alert_id, chat_id, state, attempts, next_attempt_at) VALUES (11, 1, 8, 'sending', 1, 0);
                INSERT INTO deliveries (id, alert_id, chat_id, state, attempts, next_attempt_at) VALUES (12, 2, 8, 'queued', 0, 5);
                """);
        }

        database.Migrate();

        using (var c = database.Open())
        {
            Assert.InRange((long)Scalar(c, "PRAGMA user_version")!, 6L, long.MaxValue);
            // Older alerts count as covered by any subscription: no guess at their topics can cancel them.
            Assert.Equal(DBNull.Value, Scalar(c, "SELECT tags FROM alerts WHERE id = 1") ?? DBNull.Value);
            Assert.Equal(DBNull.Value, Scalar(c, "SELECT tags FROM alerts WHERE id = 2") ?? DBNull.Value);
            Assert.Equal(99L, Scalar(c, "SELECT message_id FROM deliveries WHERE id = 10"));
            Assert.Throws<SqliteException>(() => Sql(c, "UPDATE deliveries SET state = 'lost' WHERE id = 12"));
            Sql(c, "UPDATE deliveries SET state = 'cancelled' WHERE id = 12");
        }
        var outbox = new Storage.Alerts.SqliteAlertOutbox(database, TimeProvider.System);
        Assert.Equal(1, await outbox.RequeueExpiredAsync(DateTimeOffset.UnixEpoch.AddMilliseconds(1), maxAttempts: 5));
        var fact = await outbox.GetDeliveriesAsync(1);
        Assert.Equal([DeliveryState.Sent, DeliveryState.Queued], fact.Select(d => d.State));
        Assert.Equal(DeliveryState.Cancelled, Assert.Single(await outbox.GetDeliveriesAsync(2)).State);
    }

    private static void ApplyScriptsUpTo(SqliteConnection c, int version)
    {
        var assembly = typeof(SqliteDatabase).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = name.Split('.')[^2];
            if (int.Parse(file[..3], System.Globalization.CultureInfo.InvariantCulture) > version)
            {
                continue;
            }
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            Sql(c, reader.ReadToEnd() + $"\nPRAGMA user_version = {int.Parse(file[..3], System.Globalization.CultureInfo.InvariantCulture)};");
        }
    }

    private static void Sql(SqliteConnection c, string sql)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection c, string sql)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
