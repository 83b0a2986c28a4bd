using System.Text.Json;
using ChatBot.Core.Curation;
using ChatBot.Core.Facts;
using ChatBot.Storage.Receipts;

namespace ChatBot.Storage.Curation;

/// <summary>The curation port on SQLite: a connection per call, one IMMEDIATE transaction per change.</summary>
public sealed class SqliteCurationRepository(SqliteDatabase database, TimeProvider time) : ICurationRepository
{
    public Task<Source?> FindSourceAsync(string idOrUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idOrUrl);
        using var c = database.Open();
        using var command = CurationSql.Command(c, null, $"""
            SELECT {CurationSql.SourceColumns} FROM sources
            WHERE id = $v OR rtrim(url, '/') = rtrim($v, '/')
            ORDER BY id = $v DESC LIMIT 1
            """, ("$v", idOrUrl.Trim()));
        using var reader = command.ExecuteReader();
        return Task.FromResult(reader.Read() ? FactRows.ReadSource(reader) : null);
    }

    public Task<IReadOnlyList<Fact>> GetAllFactsAsync(CancellationToken cancellationToken = default)
    {
        using var c = database.Open();
        return Task.FromResult<IReadOnlyList<Fact>>(CurationSql.AllFacts(c, null));
    }

    public Task<Fact?> GetFactAsync(string id, CancellationToken cancellationToken = default)
    {
        using var c = database.Open();
        return Task.FromResult(SqliteFactStore.ReadFact(c, null, id));
    }

    public Task<bool> FactIdExistsAsync(string id, CancellationToken cancellationToken = default)
    {
        using var c = database.Open();
        return Task.FromResult(CurationSql.Exists(c, null, "SELECT EXISTS (SELECT 1 FROM facts WHERE id = $id)", ("$id", id)));
    }

    public Task<bool> SourceIdExistsAsync(string id, CancellationToken cancellationToken = default)
    {
        using var c = database.Open();
        return Task.FromResult(CurationSql.Exists(c, null, "SELECT EXISTS (SELECT 1 FROM sources WHERE id = $id)", ("$id", id)));
    }

    public Task<WriteOutcome> AddSourceAsync(Source source, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(actor);
        using var w = WriteTransaction.Begin(database);
        var (c, tx) = (w.Connection, w.Transaction);
        if (CurationWrites.SourceConflict(c, tx, source) is { } conflict)
        {
            return Task.FromResult(new WriteOutcome(WriteStatus.Conflict, 0, conflict));
        }
        CurationWrites.AddSource(c, tx, source, actor.Label, time.GetUtcNow());
        w.Commit();
        return Task.FromResult(WriteOutcome.Saved(0));
    }

    public Task<WriteOutcome> AddFactAsync(Fact fact, string action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fact);
        using var w = WriteTransaction.Begin(database);
        var (c, tx) = (w.Connection, w.Transaction);
        if (CurationSql.Version(c, tx, fact.Id) is { } existing)
        {
            return Task.FromResult(new WriteOutcome(WriteStatus.Conflict, existing, $"fact id '{fact.Id}' is taken"));
        }
        CurationWrites.SaveFact(c, tx, null, fact, action);
        w.Commit();
        return Task.FromResult(WriteOutcome.Saved(fact.Version));
    }

    public Task<WriteOutcome> UpdateFactAsync(FactUpdate update, string action, QuestionResolution? resolution = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        using var w = WriteTransaction.Begin(database);
        var (c, tx) = (w.Connection, w.Transaction);
        var before = SqliteFactStore.ReadFact(c, tx, update.Fact.Id);
        if (before is null)
        {
            return Task.FromResult(new WriteOutcome(WriteStatus.NotFound));
        }
        if (before.Version != update.ExpectedVersion)
        {
            return Task.FromResult(new WriteOutcome(WriteStatus.Stale, before.Version, $"fact '{before.Id}' is at v{before.Version}"));
        }
        CurationWrites.SaveFact(c, tx, before, update.Fact, action, update.HoldAlert);
        if (resolution is not null)
        {
            CurationWrites.Resolve(c, tx, resolution, update.Fact.UpdatedBy, update.Fact.UpdatedAt);
        }
        w.Commit();
        return Task.FromResult(WriteOutcome.Saved(update.Fact.Version));
    }

    public Task<IReadOnlyList<FactVersionInfo>> GetHistoryAsync(string id, CancellationToken cancellationToken = default)
    {
        using var c = database.Open();
        using var command = CurationSql.Command(c, null, """
            SELECT version, action, snapshot, changed_by, changed_at FROM fact_versions
            WHERE fact_id = $id ORDER BY version DESC
            """, ("$id", id));
        using var reader = command.ExecuteReader();
        var versions = new List<FactVersionInfo>();
        while (reader.Read())
        {
            var snapshot = JsonSerializer.Deserialize(reader.GetString(2), StorageJson.Default.Fact)!;
            versions.Add(new FactVersionInfo(reader.GetInt32(0), reader.GetString(1), reader.GetString(3),
                FactRows.ReadTime(reader.GetString(4)), snapshot));
        }
        return Task.FromResult<IReadOnlyList<FactVersionInfo>>(versions);
    }

    public Task<WriteOutcome> AddSynonymGroupAsync(IReadOnlyList<string> words, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(actor);
        using var w = WriteTransaction.Begin(database);
        var (c, tx) = (w.Connection, w.Transaction);
        CurationWrites.AddSynonymGroup(c, tx, words, actor.Label, time.GetUtcNow());
        w.Commit();
        return Task.FromResult(WriteOutcome.Saved(0));
    }

    public Task<int> RemoveSynonymWordsAsync(IReadOnlyList<string> words, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(actor);
        using var w = WriteTransaction.Begin(database);
        var (c, tx) = (w.Connection, w.Transaction);
        var changed = CurationWrites.RemoveSynonymWords(c, tx, words, actor.Label, time.GetUtcNow());
        w.Commit();
        return Task.FromResult(changed);
    }

    public Task<StoreSnapshot> SnapshotAsync(CancellationToken cancellationToken = default)
    {
        using var c = database.Open();
        // One read transaction: the export must not mix facts from before and after a concurrent change.
        using var tx = c.BeginTransaction(deferred: true);
        var snapshot = new StoreSnapshot(CurationSql.AllSources(c, tx), CurationSql.AllFacts(c, tx),
            CurationSql.SynonymGroups(c, tx), SqliteFactStore.Revision(c, tx));
        tx.Commit();
        return Task.FromResult(snapshot);
    }

    public Task<WriteOutcome> ImportAsync(ImportPlan plan, Actor actor, CancellationToken cancellationToken = default) =>
        Task.FromResult(CurationImportWriter.Apply(database, plan, actor, time.GetUtcNow()));

    public Task<IReadOnlySet<string>> GetResolvedQuestionKeysAsync(CancellationToken cancellationToken = default)
    {
        using var c = database.Open();
        using var command = CurationSql.Command(c, null, "SELECT question_key FROM curation_question_resolutions");
        using var reader = command.ExecuteReader();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }
        return Task.FromResult<IReadOnlySet<string>>(keys);
    }

    public Task ResolveQuestionAsync(QuestionResolution resolution, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        ArgumentNullException.ThrowIfNull(actor);
        using var w = WriteTransaction.Begin(database);
        var (c, tx) = (w.Connection, w.Transaction);
        CurationWrites.Resolve(c, tx, resolution, actor.Label, time.GetUtcNow());
        w.Commit();
        return Task.CompletedTask;
    }
}
