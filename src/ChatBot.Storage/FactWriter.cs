using System.Globalization;
using System.Text.Json;
using ChatBot.Core.Facts;
using Microsoft.Data.Sqlite;

namespace ChatBot.Storage;

/// <summary>Row-level writes shared by seeding and curation; callers own the transaction.</summary>
internal static class FactWriter
{
    public static void InsertSource(SqliteConnection c, SqliteTransaction tx, Source s, string actor, DateTimeOffset at)
    {
        Execute(c, tx, """
            INSERT INTO sources (id, title, outlet, url, published, text, created_by, created_at)
            VALUES ($id, $title, $outlet, $url, $published, $text, $by, $at)
            """,
            ("$id", s.Id), ("$title", s.Title), ("$outlet", s.Outlet), ("$url", s.Url),
            ("$published", s.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$text", s.Text),
            ("$by", actor), ("$at", FactRows.WriteTime(at)));
    }

    /// <summary>
    /// Writes the fact as its new current state with its quotes, records the version and audit rows, and bumps the
    /// revision so the matcher rebuilds its in-memory index.
    /// </summary>
    public static void Save(SqliteConnection c, SqliteTransaction tx, Fact f, string action, bool isNew)
    {
        var sql = isNew
            ? """
              INSERT INTO facts (id, question, alternates, answer, tags, as_of, status, version, notify,
                                 created_by, created_at, updated_by, updated_at, translations)
              VALUES ($id, $q, $alt, $a, $tags, $asof, $status, $version, $notify, $cby, $cat, $uby, $uat, $tr)
              """
            : """
              UPDATE facts SET question = $q, alternates = $alt, answer = $a, tags = $tags, as_of = $asof,
                     status = $status, version = $version, notify = $notify, updated_by = $uby, updated_at = $uat,
                     translations = $tr
              WHERE id = $id
              """;
        Execute(c, tx, sql,
            ("$id", f.Id), ("$q", f.Question), ("$alt", FactRows.WriteList(f.Alternates)), ("$a", f.Answer),
            ("$tags", FactRows.WriteList(f.Tags)), ("$asof", f.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$status", FactRows.Status(f.Status)), ("$version", f.Version), ("$notify", f.Notify ? 1 : 0),
            ("$cby", f.CreatedBy), ("$cat", FactRows.WriteTime(f.CreatedAt)), ("$uby", f.UpdatedBy),
            ("$uat", FactRows.WriteTime(f.UpdatedAt)), ("$tr", FactRows.WriteTranslations(f.Translations)));
        Execute(c, tx, "DELETE FROM fact_quotes WHERE fact_id = $id", ("$id", f.Id));
        for (var i = 0; i < f.Quotes.Count; i++)
        {
            Execute(c, tx, "INSERT INTO fact_quotes (fact_id, ord, source_id, text) VALUES ($id, $ord, $src, $text)",
                ("$id", f.Id), ("$ord", i), ("$src", f.Quotes[i].SourceId), ("$text", f.Quotes[i].Text));
        }
        Execute(c, tx, """
            INSERT INTO fact_versions (fact_id, version, action, snapshot, changed_by, changed_at)
            VALUES ($id, $version, $action, $snapshot, $by, $at)
            """,
            ("$id", f.Id), ("$version", f.Version), ("$action", action),
            ("$snapshot", JsonSerializer.Serialize(f, StorageJson.Default.Fact)), ("$by", f.UpdatedBy),
            ("$at", FactRows.WriteTime(f.UpdatedAt)));
        Audit(c, tx, f.UpdatedBy, f.UpdatedAt, action, f.Id, $"version {f.Version}");
        BumpRevision(c, tx);
    }

    public static void Audit(SqliteConnection c, SqliteTransaction tx, string actor, DateTimeOffset at, string action,
        string target, string? detail) =>
        Execute(c, tx, "INSERT INTO audit_log (at, actor, action, target, detail) VALUES ($at, $actor, $action, $target, $detail)",
            ("$at", FactRows.WriteTime(at)), ("$actor", actor), ("$action", action), ("$target", target), ("$detail", detail));

    public static void BumpRevision(SqliteConnection c, SqliteTransaction tx) =>
        Execute(c, tx, "UPDATE meta SET value = value + 1 WHERE key = 'revision'");

    public static int Execute(SqliteConnection c, SqliteTransaction tx, string sql, params (string Name, object? Value)[] parameters) =>
        Sql.Execute(c, tx, sql, parameters);
}
