using ChatBot.Core.Curation;
using ChatBot.Core.Facts;
using ChatBot.Storage.Postgres.Receipts;

namespace ChatBot.Storage.Postgres.Curation;

/// <summary>The curation port on PostgreSQL: one write transaction per change, serialised across replicas.</summary>
public sealed class PostgresCurationRepository(PostgresDatabase database, TimeProvider time) : ICurationRepository
{
    public async Task<Source?> FindSourceAsync(string idOrUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idOrUrl);
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var found = await Pg.ReadAsync(c, null, $"""
            SELECT {FactRows.SourceColumns} FROM sources
            WHERE id = @v OR rtrim(url, '/') = rtrim(@v, '/')
            ORDER BY id = @v DESC LIMIT 1
            """, FactRows.ReadSource, ("v", idOrUrl.Trim())).ConfigureAwait(false);
        return found.FirstOrDefault();
    }

    public async Task<IReadOnlyList<Fact>> GetAllFactsAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FactRows.ReadFactsAsync(c, null, activeOnly: false).ConfigureAwait(false);
    }

    public async Task<Fact?> GetFactAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FactRows.ReadFactAsync(c, null, id).ConfigureAwait(false);
    }

    public Task<bool> FactIdExistsAsync(string id, CancellationToken cancellationToken = default) =>
        ExistsAsync("SELECT EXISTS (SELECT 1 FROM facts WHERE id = @id)", id, cancellationToken);

    public Task<bool> SourceIdExistsAsync(string id, CancellationToken cancellationToken = default) =>
        ExistsAsync("SELECT EXISTS (SELECT 1 FROM sources WHERE id = @id)", id, cancellationToken);

    public async Task<WriteOutcome> AddSourceAsync(Source source, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(actor);
        await using var w = await WriteTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        if (await CurationWrites.SourceConflictAsync(w.Connection, w.Transaction, source).ConfigureAwait(false) is { } conflict)
        {
            return new WriteOutcome(WriteStatus.Conflict, 0, conflict);
        }
        await CurationWrites.AddSourceAsync(w.Connection, w.Transaction, source, actor.Label, time.GetUtcNow()).ConfigureAwait(false);
        await w.CommitAsync().ConfigureAwait(false);
        return WriteOutcome.Saved(0);
    }

    public async Task<WriteOutcome> AddFactAsync(Fact fact, string action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fact);
        await using var w = await WriteTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        if (await CurationWrites.VersionAsync(w.Connection, w.Transaction, fact.Id).ConfigureAwait(false) is { } existing)
        {
            return new WriteOutcome(WriteStatus.Conflict, existing, $"fact id '{fact.Id}' is taken");
        }
        await CurationWrites.SaveFactAsync(w.Connection, w.Transaction, null, fact, action).ConfigureAwait(false);
        await w.CommitAsync().ConfigureAwait(false);
        return WriteOutcome.Saved(fact.Version);
    }

    public async Task<WriteOutcome> UpdateFactAsync(FactUpdate update, string action, QuestionResolution? resolution = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        await using var w = await WriteTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var before = await FactRows.ReadFactAsync(w.Connection, w.Transaction, update.Fact.Id).ConfigureAwait(false);
        if (before is null)
        {
            return new WriteOutcome(WriteStatus.NotFound);
        }
        if (before.Version != update.ExpectedVersion)
        {
            return new WriteOutcome(WriteStatus.Stale, before.Version, $"fact '{before.Id}' is at v{before.Version}");
        }
        await CurationWrites.SaveFactAsync(w.Connection, w.Transaction, before, update.Fact, action, update.HoldAlert).ConfigureAwait(false);
        if (resolution is not null)
        {
            await CurationWrites.ResolveAsync(w.Connection, w.Transaction, resolution, update.Fact.UpdatedBy, update.Fact.UpdatedAt).ConfigureAwait(false);
        }
        await w.CommitAsync().ConfigureAwait(false);
        return WriteOutcome.Saved(update.Fact.Version);
    }

    public async Task<IReadOnlyList<FactVersionInfo>> GetHistoryAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Pg.ReadAsync(c, null, """
            SELECT version, action, snapshot, changed_by, changed_at FROM fact_versions WHERE fact_id = @id ORDER BY version DESC
            """, r => new FactVersionInfo(r.GetInt32(0), r.GetString(1), r.GetString(3), Pg.Time(r, 4), Pg.ReadSnapshot(r.GetString(2))),
            ("id", id)).ConfigureAwait(false);
    }

    public async Task<WriteOutcome> AddSynonymGroupAsync(IReadOnlyList<string> words, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(actor);
        await using var w = await WriteTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        await CurationWrites.AddSynonymGroupAsync(w.Connection, w.Transaction, words, actor.Label, time.GetUtcNow()).ConfigureAwait(false);
        await w.CommitAsync().ConfigureAwait(false);
        return WriteOutcome.Saved(0);
    }

    public async Task<int> RemoveSynonymWordsAsync(IReadOnlyList<string> words, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(actor);
        await using var w = await WriteTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var changed = await CurationWrites.RemoveSynonymWordsAsync(w.Connection, w.Transaction, words, actor.Label, time.GetUtcNow()).ConfigureAwait(false);
        await w.CommitAsync().ConfigureAwait(false);
        return changed;
    }

    public async Task<StoreSnapshot> SnapshotAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // One snapshot: the export must not mix facts from before and after a concurrent change.
        await using var tx = await c.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        var sources = await Pg.ReadAsync(c, tx, $"SELECT {FactRows.SourceColumns} FROM sources ORDER BY created_at, id", FactRows.ReadSource)
            .ConfigureAwait(false);
        var snapshot = new StoreSnapshot(sources, await FactRows.ReadFactsAsync(c, tx, activeOnly: false).ConfigureAwait(false),
            await FactRows.ReadSynonymGroupsAsync(c, tx).ConfigureAwait(false), await FactRows.RevisionAsync(c, tx).ConfigureAwait(false));
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return snapshot;
    }

    public async Task<WriteOutcome> ImportAsync(ImportPlan plan, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actor);
        await using var w = await WriteTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var outcome = await CurationWrites.ImportAsync(w.Connection, w.Transaction, plan, actor, time.GetUtcNow()).ConfigureAwait(false);
        if (outcome.Status == WriteStatus.Saved)
        {
            await w.CommitAsync().ConfigureAwait(false);
        }
        return outcome;
    }

    public async Task<IReadOnlySet<string>> GetResolvedQuestionKeysAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var keys = await Pg.ReadAsync(c, null, "SELECT question_key FROM curation_question_resolutions", r => r.GetString(0)).ConfigureAwait(false);
        return keys.ToHashSet(StringComparer.Ordinal);
    }

    public async Task ResolveQuestionAsync(QuestionResolution resolution, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        ArgumentNullException.ThrowIfNull(actor);
        await using var w = await WriteTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        await CurationWrites.ResolveAsync(w.Connection, w.Transaction, resolution, actor.Label, time.GetUtcNow()).ConfigureAwait(false);
        await w.CommitAsync().ConfigureAwait(false);
    }

    private async Task<bool> ExistsAsync(string sql, string id, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (bool)(await Pg.ScalarAsync(c, null, sql, ("id", id)).ConfigureAwait(false))!;
    }
}
