using ChatBot.Core.Facts;
using ChatBot.Storage.Postgres.Receipts;

namespace ChatBot.Storage.Postgres;

/// <summary>Seeding an empty store, in one transaction; replicas seeding together seed once (the write lock).</summary>
public sealed class PostgresCurationStore(PostgresDatabase database, TimeProvider time) : ICurationStore
{
    private const string HasContent = "SELECT EXISTS (SELECT 1 FROM facts) OR EXISTS (SELECT 1 FROM sources)";

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return !(bool)(await Pg.ScalarAsync(c, null, HasContent).ConfigureAwait(false))!;
    }

    public async Task<bool> SeedAsync(SeedData seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seed);
        await using var w = await WriteTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var (c, tx) = (w.Connection, w.Transaction);
        if ((bool)(await Pg.ScalarAsync(c, tx, HasContent).ConfigureAwait(false))!)
        {
            return false;
        }
        var now = time.GetUtcNow();
        foreach (var source in seed.Sources)
        {
            await FactWriter.InsertSourceAsync(c, tx, source, "seed", now).ConfigureAwait(false);
        }
        foreach (var fact in seed.Facts)
        {
            var stamped = fact with { CreatedBy = "seed", UpdatedBy = "seed", CreatedAt = now, UpdatedAt = now, Version = 1 };
            await FactWriter.SaveAsync(c, tx, stamped, "seed", isNew: true).ConfigureAwait(false);
        }
        foreach (var group in seed.SynonymGroups)
        {
            await Pg.ExecuteAsync(c, tx, "INSERT INTO synonym_groups (words) VALUES (@w)", ("w", string.Join(' ', group))).ConfigureAwait(false);
        }
        await FactWriter.BumpRevisionAsync(c, tx).ConfigureAwait(false);
        await w.CommitAsync().ConfigureAwait(false);
        return true;
    }
}
