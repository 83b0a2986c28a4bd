using ChatBot.Core.Curation;
using ChatBot.Core.Facts;
using ChatBot.Storage.Alerts;
using Microsoft.Data.Sqlite;

namespace ChatBot.Storage.Curation;

/// <summary>Row writes of curation changes; the caller owns the transaction, so each change commits whole or not at all.</summary>
internal static class CurationWrites
{
    /// <summary>Fact row, quotes, version row, audit row, revision and, when subscribers care, the alert.</summary>
    public static void SaveFact(SqliteConnection c, SqliteTransaction tx, Fact? before, Fact after, string action, bool holdAlert = false)
    {
        FactWriter.Save(c, tx, after, action, isNew: before is null);
        AlertOutboxWriter.EnqueueFactChange(c, tx, before, after, after.UpdatedBy, after.UpdatedAt, action, holdAlert);
    }

    public static void Resolve(SqliteConnection c, SqliteTransaction tx, QuestionResolution resolution, string actor, DateTimeOffset at)
    {
        FactWriter.Execute(c, tx, """
            INSERT INTO curation_question_resolutions (question_key, resolution, fact_id, resolved_by, resolved_at)
            VALUES ($key, $resolution, $fact, $by, $at)
            ON CONFLICT (question_key) DO UPDATE SET resolution = excluded.resolution, fact_id = excluded.fact_id,
                resolved_by = excluded.resolved_by, resolved_at = excluded.resolved_at
            """,
            ("$key", resolution.QuestionKey), ("$resolution", resolution.Kind), ("$fact", resolution.FactId),
            ("$by", actor), ("$at", FactRows.WriteTime(at)));
        FactWriter.Audit(c, tx, actor, at, "question-" + resolution.Kind, resolution.FactId ?? "unanswered", resolution.QuestionKey);
    }

    public static void AddSynonymGroup(SqliteConnection c, SqliteTransaction tx, IReadOnlyList<string> words, string actor, DateTimeOffset at)
    {
        var joined = string.Join(' ', words);
        FactWriter.Execute(c, tx, "INSERT INTO synonym_groups (words) VALUES ($w)", ("$w", joined));
        FactWriter.Audit(c, tx, actor, at, "synonym", words[0], joined);
        // The matcher rebuilds its index when the revision moves; synonyms change matching as much as facts do.
        FactWriter.BumpRevision(c, tx);
    }

    public static int RemoveSynonymWords(SqliteConnection c, SqliteTransaction tx, IReadOnlyList<string> words, string actor, DateTimeOffset at)
    {
        var rows = new List<(long Id, string[] Words)>();
        using (var read = CurationSql.Command(c, tx, "SELECT id, words FROM synonym_groups ORDER BY id"))
        using (var r = read.ExecuteReader())
        {
            while (r.Read())
            {
                rows.Add((r.GetInt64(0), r.GetString(1).Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            }
        }
        var changed = 0;
        foreach (var (id, groupWords) in rows.Where(row => row.Words.Any(words.Contains)))
        {
            var kept = groupWords.Where(w => !words.Contains(w)).ToArray();
            if (kept.Length == 0)
            {
                FactWriter.Execute(c, tx, "DELETE FROM synonym_groups WHERE id = $id", ("$id", id));
            }
            else
            {
                FactWriter.Execute(c, tx, "UPDATE synonym_groups SET words = $w WHERE id = $id", ("$w", string.Join(' ', kept)), ("$id", id));
            }
            changed++;
        }
        if (changed > 0)
        {
            FactWriter.Audit(c, tx, actor, at, "synonym-remove", words[0], string.Join(' ', words));
            FactWriter.BumpRevision(c, tx);
        }
        return changed;
    }

    public static void AddSource(SqliteConnection c, SqliteTransaction tx, Source source, string actor, DateTimeOffset at)
    {
        FactWriter.InsertSource(c, tx, source, actor, at);
        FactWriter.Audit(c, tx, actor, at, "add-source", source.Id, source.Title);
        // A new source's sentences can be quoted for questions no fact answers: the index is rebuilt with them.
        FactWriter.BumpRevision(c, tx);
    }

    /// <summary>Why the source cannot be added (its id or URL is taken), or null when it can.</summary>
    public static string? SourceConflict(SqliteConnection c, SqliteTransaction tx, Source source) =>
        CurationSql.Exists(c, tx, "SELECT EXISTS (SELECT 1 FROM sources WHERE id = $id)", ("$id", source.Id)) ? $"source id '{source.Id}' is taken"
        : source.Url is not null && CurationSql.Exists(c, tx, "SELECT EXISTS (SELECT 1 FROM sources WHERE url = $url)", ("$url", source.Url))
            ? $"source URL '{source.Url}' is taken"
            : null;
}
