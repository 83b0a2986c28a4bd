using ChatBot.Core.Facts;

namespace ChatBot.Storage;

/// <summary>Transactional writes of the curated store.</summary>
public sealed class SqliteCurationStore(SqliteDatabase database, TimeProvider time) : ICurationStore
{
    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT NOT EXISTS (SELECT 1 FROM facts) AND NOT EXISTS (SELECT 1 FROM sources)";
        return Task.FromResult((long)command.ExecuteScalar()! == 1);
    }

    public Task<bool> SeedAsync(SeedData seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seed);
        using var connection = database.Open();
        using var tx = connection.BeginTransaction(deferred: false);
        using (var check = connection.CreateCommand())
        {
            check.Transaction = tx;
            check.CommandText = "SELECT EXISTS (SELECT 1 FROM facts) OR EXISTS (SELECT 1 FROM sources)";
            if ((long)check.ExecuteScalar()! == 1)
            {
                return Task.FromResult(false);
            }
        }
        var now = time.GetUtcNow();
        foreach (var source in seed.Sources)
        {
            FactWriter.InsertSource(connection, tx, source, "seed", now);
        }
        foreach (var fact in seed.Facts)
        {
            var stamped = fact with { CreatedBy = "seed", UpdatedBy = "seed", CreatedAt = now, UpdatedAt = now, Version = 1 };
            FactWriter.Save(connection, tx, stamped, "seed", isNew: true);
        }
        foreach (var group in seed.SynonymGroups)
        {
            FactWriter.Execute(connection, tx, "INSERT INTO synonym_groups (words) VALUES ($w)", ("$w", string.Join(' ', group)));
        }
        FactWriter.BumpRevision(connection, tx);
        tx.Commit();
        return Task.FromResult(true);
    }
}
