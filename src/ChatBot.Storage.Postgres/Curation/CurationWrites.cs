using ChatBot.Core.Curation;
using ChatBot.Core.Facts;
using ChatBot.Storage.Postgres.Alerts;
using Npgsql;

namespace ChatBot.Storage.Postgres.Curation;

/// <summary>Row writes of curation changes; the caller owns the transaction, so each change commits whole or not at all.</summary>
internal static class CurationWrites
{
    /// <summary>Fact row, quotes, version row, audit row, revision and, when subscribers care, the alert.</summary>
    public static async Task SaveFactAsync(NpgsqlConnection c, NpgsqlTransaction tx, Fact? before, Fact after, string action, bool holdAlert = false)
    {
        await FactWriter.SaveAsync(c, tx, after, action, isNew: before is null).ConfigureAwait(false);
        await AlertWriter.EnqueueFactChangeAsync(c, tx, before, after, after.UpdatedBy, after.UpdatedAt, action, holdAlert).ConfigureAwait(false);
    }

    public static async Task ResolveAsync(NpgsqlConnection c, NpgsqlTransaction tx, QuestionResolution resolution, string actor, DateTimeOffset at)
    {
        await Pg.ExecuteAsync(c, tx, """
            INSERT INTO curation_question_resolutions (question_key, resolution, fact_id, resolved_by, resolved_at)
            VALUES (@key, @resolution, @fact, @by, @at)
            ON CONFLICT (question_key) DO UPDATE SET resolution = excluded.resolution, fact_id = excluded.fact_id,
                resolved_by = excluded.resolved_by, resolved_at = excluded.resolved_at
            """,
            ("key", resolution.QuestionKey), ("resolution", resolution.Kind), ("fact", resolution.FactId), ("by", actor), ("at", at))
            .ConfigureAwait(false);
        await FactWriter.AuditAsync(c, tx, actor, at, "question-" + resolution.Kind, resolution.FactId ?? "unanswered", resolution.QuestionKey)
            .ConfigureAwait(false);
    }

    public static async Task AddSynonymGroupAsync(NpgsqlConnection c, NpgsqlTransaction tx, IReadOnlyList<string> words, string actor, DateTimeOffset at)
    {
        var joined = string.Join(' ', words);
        await Pg.ExecuteAsync(c, tx, "INSERT INTO synonym_groups (words) VALUES (@w)", ("w", joined)).ConfigureAwait(false);
        await FactWriter.AuditAsync(c, tx, actor, at, "synonym", words[0], joined).ConfigureAwait(false);
        // Synonyms change matching as much as facts do: the revision moves.
        await FactWriter.BumpRevisionAsync(c, tx).ConfigureAwait(false);
    }

    public static async Task<int> RemoveSynonymWordsAsync(NpgsqlConnection c, NpgsqlTransaction tx, IReadOnlyList<string> words, string actor,
        DateTimeOffset at)
    {
        var rows = await Pg.ReadAsync(c, tx, "SELECT id, words FROM synonym_groups ORDER BY id",
            r => (Id: r.GetInt64(0), Words: r.GetString(1).Split(' ', StringSplitOptions.RemoveEmptyEntries))).ConfigureAwait(false);
        var changed = 0;
        foreach (var (id, groupWords) in rows.Where(row => row.Words.Any(words.Contains)))
        {
            var kept = groupWords.Where(w => !words.Contains(w)).ToArray();
            await (kept.Length == 0
                ? Pg.ExecuteAsync(c, tx, "DELETE FROM synonym_groups WHERE id = @id", ("id", id))
                : Pg.ExecuteAsync(c, tx, "UPDATE synonym_groups SET words = @w WHERE id = @id", ("w", string.Join(' ', kept)), ("id", id)))
                .ConfigureAwait(false);
            changed++;
        }
        if (changed > 0)
        {
            await FactWriter.AuditAsync(c, tx, actor, at, "synonym-remove", words[0], string.Join(' ', words)).ConfigureAwait(false);
            await FactWriter.BumpRevisionAsync(c, tx).ConfigureAwait(false);
        }
        return changed;
    }

    public static async Task AddSourceAsync(NpgsqlConnection c, NpgsqlTransaction tx, Source source, string actor, DateTimeOffset at)
    {
        await FactWriter.InsertSourceAsync(c, tx, source, actor, at).ConfigureAwait(false);
        await FactWriter.AuditAsync(c, tx, actor, at, "add-source", source.Id, source.Title).ConfigureAwait(false);
        // A new source's sentences can be quoted for questions no fact answers: the index is rebuilt with them.
        await FactWriter.BumpRevisionAsync(c, tx).ConfigureAwait(false);
    }

    /// <summary>Why the source cannot be added (its id or URL is taken), or null when it can.</summary>
    public static async Task<string?> SourceConflictAsync(NpgsqlConnection c, NpgsqlTransaction tx, Source source)
    {
        if ((bool)(await Pg.ScalarAsync(c, tx, "SELECT EXISTS (SELECT 1 FROM sources WHERE id = @id)", ("id", source.Id)).ConfigureAwait(false))!)
        {
            return $"source id '{source.Id}' is taken";
        }
        return source.Url is not null
            && (bool)(await Pg.ScalarAsync(c, tx, "SELECT EXISTS (SELECT 1 FROM sources WHERE url = @url)", ("url", source.Url)).ConfigureAwait(false))!
            ? $"source URL '{source.Url}' is taken"
            : null;
    }

    /// <summary>The stored version of a fact, or null when there is no such fact.</summary>
    public static async Task<int?> VersionAsync(NpgsqlConnection c, NpgsqlTransaction tx, string id) =>
        await Pg.ScalarAsync(c, tx, "SELECT version FROM facts WHERE id = @id", ("id", id)).ConfigureAwait(false) is int v ? v : null;

    /// <summary>Applies a validated import, re-checking inside the transaction that the store has not moved since the plan.</summary>
    public static async Task<WriteOutcome> ImportAsync(NpgsqlConnection c, NpgsqlTransaction tx, ImportPlan plan, Actor actor, DateTimeOffset at)
    {
        foreach (var source in plan.NewSources)
        {
            if (await SourceConflictAsync(c, tx, source).ConfigureAwait(false) is { } conflict)
            {
                return new WriteOutcome(WriteStatus.Conflict, 0, conflict);
            }
            await AddSourceAsync(c, tx, source, actor.Label, at).ConfigureAwait(false);
        }
        foreach (var fact in plan.NewFacts)
        {
            if (await VersionAsync(c, tx, fact.Id).ConfigureAwait(false) is not null)
            {
                return new WriteOutcome(WriteStatus.Conflict, 0, $"fact '{fact.Id}' was added meanwhile");
            }
            await SaveFactAsync(c, tx, null, fact, "import").ConfigureAwait(false);
        }
        foreach (var update in plan.UpdatedFacts)
        {
            var before = await FactRows.ReadFactAsync(c, tx, update.Fact.Id).ConfigureAwait(false);
            if (before is null || before.Version != update.ExpectedVersion)
            {
                return new WriteOutcome(WriteStatus.Stale, before?.Version ?? 0, $"fact '{update.Fact.Id}' changed meanwhile");
            }
            await SaveFactAsync(c, tx, before, update.Fact, "import").ConfigureAwait(false);
        }
        foreach (var group in plan.NewSynonymGroups)
        {
            await AddSynonymGroupAsync(c, tx, group, actor.Label, at).ConfigureAwait(false);
        }
        await FactWriter.AuditAsync(c, tx, actor.Label, at, "import", "store",
            $"{plan.NewSources.Count} sources, {plan.NewFacts.Count} new facts, {plan.UpdatedFacts.Count} updated, {plan.NewSynonymGroups.Count} synonym groups")
            .ConfigureAwait(false);
        await FactWriter.BumpRevisionAsync(c, tx).ConfigureAwait(false);
        return WriteOutcome.Saved(0);
    }
}
