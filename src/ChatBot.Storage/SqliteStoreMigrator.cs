using ChatBot.Core.Storage;

namespace ChatBot.Storage;

/// <summary>The SQLite migrations (embedded .sql files over <c>PRAGMA user_version</c>), behind the provider-neutral port.</summary>
public sealed class SqliteStoreMigrator(SqliteDatabase database) : IStoreMigrator
{
    public Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        database.Migrate();
        return Task.CompletedTask;
    }
}
