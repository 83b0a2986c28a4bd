using System.Globalization;
using ChatBot.Core.Storage;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// Applies the embedded numbered .sql files not yet in <c>schema_migrations</c>, each in its own transaction, while
/// holding a session advisory lock: replicas starting together wait for the first one and then find nothing to do.
/// </summary>
public sealed class PostgresStoreMigrator(PostgresDatabase database) : IStoreMigrator
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        await Pg.ExecuteAsync(c, null, "SELECT pg_advisory_lock(@key)", ("key", Pg.MigrationLock)).ConfigureAwait(false);
        try
        {
            await Pg.ExecuteAsync(c, null, """
                CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
                """).ConfigureAwait(false);
            var applied = Pg.Int(await Pg.ScalarAsync(c, null, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations").ConfigureAwait(false));
            foreach (var (name, version) in Scripts().Where(s => s.Version > applied))
            {
                await using var tx = await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await Pg.ExecuteAsync(c, tx, Read(name)).ConfigureAwait(false);
                await Pg.ExecuteAsync(c, tx, "INSERT INTO schema_migrations (version) VALUES (@v)", ("v", version)).ConfigureAwait(false);
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await Pg.ExecuteAsync(c, null, "SELECT pg_advisory_unlock(@key)", ("key", Pg.MigrationLock)).ConfigureAwait(false);
        }
    }

    private static List<(string Name, int Version)> Scripts() =>
        typeof(PostgresStoreMigrator).Assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Name: n, Version: VersionOf(n)))
            .OrderBy(s => s.Version)
            .ToList();

    private static string Read(string resource)
    {
        using var stream = typeof(PostgresStoreMigrator).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // "ChatBot.Storage.Postgres.Migrations.001_schema.sql" → 1
    private static int VersionOf(string resourceName)
    {
        var file = resourceName.Split('.')[^2];
        return int.Parse(file.AsSpan(0, file.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
    }
}
