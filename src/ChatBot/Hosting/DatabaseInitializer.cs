using ChatBot.Core.Facts;
using ChatBot.Core.Seeding;
using ChatBot.Core.Storage;
using ChatBot.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Hosting;

/// <summary>Migrates the schema and seeds an empty store from the data folder; seeding again changes nothing.</summary>
public sealed class DatabaseInitializer(
    IStoreMigrator migrator,
    ICurationStore curation,
    IOptions<StorageOptions> options,
    Readiness readiness,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (!await curation.IsEmptyAsync(cancellationToken).ConfigureAwait(false))
        {
            readiness.MarkMigrated();
            return;
        }
        var folder = DataDirectory.Resolve(options.Value.DataDirectory);
        var seed = SeedLoader.Load(folder);
        if (await curation.SeedAsync(seed, cancellationToken).ConfigureAwait(false))
        {
            logger.LogInformation("Seeded {Facts} facts and {Sources} sources from {Folder}", seed.Facts.Count, seed.Sources.Count, folder);
        }
        readiness.MarkMigrated();
    }
}
