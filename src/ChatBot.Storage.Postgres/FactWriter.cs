using ChatBot.Core.Facts;
using Npgsql;

namespace ChatBot.Storage.Postgres;

/// <summary>Row-level writes shared by seeding and curation; callers own the transaction.</summary>
internal static class FactWriter
{
    public static Task InsertSourceAsync(NpgsqlConnection c, NpgsqlTransaction tx, Source s, string actor, DateTimeOffset at) =>
        Pg.ExecuteAsync(c, tx, """
            INSERT INTO sources (id, title, outlet, url, published, text, created_by, created_at)
            VALUES (@id, @title, @outlet, @url, @published, @text, @by, @at)
            """,
            ("id", s.Id), ("title", s.Title), ("outlet", s.Outlet), ("url", s.Url), ("published", s.Published), ("text", s.Text),
            ("by", actor), ("at", at));

    /// <summary>
    /// Writes the fact as its new current state with its quotes, records the version and audit rows, and bumps the
    /// revision so every replica's matcher rebuilds its in-memory index.
    /// </summary>
    public static async Task SaveAsync(NpgsqlConnection c, NpgsqlTransaction tx, Fact f, string action, bool isNew)
    {
        var sql = isNew
            ? """
              INSERT INTO facts (id, question, alternates, answer, tags, as_of, status, version, notify,
                                 created_by, created_at, updated_by, updated_at, translations)
              VALUES (@id, @q, @alt, @a, @tags, @asof, @status, @version, @notify, @cby, @cat, @uby, @uat, @tr)
              """
            : """
              UPDATE facts SET question = @q, alternates = @alt, answer = @a, tags = @tags, as_of = @asof,
                     status = @status, version = @version, notify = @notify, updated_by = @uby, updated_at = @uat,
                     translations = @tr
              WHERE id = @id
              """;
        await Pg.ExecuteAsync(c, tx, sql,
            ("id", f.Id), ("q", f.Question), ("alt", Pg.WriteList(f.Alternates)), ("a", f.Answer), ("tags", Pg.WriteList(f.Tags)),
            ("asof", f.AsOf), ("status", Pg.Status(f.Status)), ("version", f.Version), ("notify", f.Notify),
            ("cby", f.CreatedBy), ("cat", f.CreatedAt), ("uby", f.UpdatedBy), ("uat", f.UpdatedAt),
            ("tr", Pg.WriteTranslations(f.Translations))).ConfigureAwait(false);
        await Pg.ExecuteAsync(c, tx, "DELETE FROM fact_quotes WHERE fact_id = @id", ("id", f.Id)).ConfigureAwait(false);
        for (var i = 0; i < f.Quotes.Count; i++)
        {
            await Pg.ExecuteAsync(c, tx, "INSERT INTO fact_quotes (fact_id, ord, source_id, text) VALUES (@id, @ord, @src, @text)",
                ("id", f.Id), ("ord", i), ("src", f.Quotes[i].SourceId), ("text", f.Quotes[i].Text)).ConfigureAwait(false);
        }
        await Pg.ExecuteAsync(c, tx, """
            INSERT INTO fact_versions (fact_id, version, action, snapshot, changed_by, changed_at)
            VALUES (@id, @version, @action, @snapshot, @by, @at)
            """,
            ("id", f.Id), ("version", f.Version), ("action", action), ("snapshot", Pg.Snapshot(f)), ("by", f.UpdatedBy),
            ("at", f.UpdatedAt)).ConfigureAwait(false);
        await AuditAsync(c, tx, f.UpdatedBy, f.UpdatedAt, action, f.Id, $"version {f.Version}").ConfigureAwait(false);
        await BumpRevisionAsync(c, tx).ConfigureAwait(false);
    }

    public static Task AuditAsync(NpgsqlConnection c, NpgsqlTransaction tx, string actor, DateTimeOffset at, string action, string target,
        string? detail) =>
        Pg.ExecuteAsync(c, tx, "INSERT INTO audit_log (at, actor, action, target, detail) VALUES (@at, @actor, @action, @target, @detail)",
            ("at", at), ("actor", actor), ("action", action), ("target", target), ("detail", detail));

    public static Task BumpRevisionAsync(NpgsqlConnection c, NpgsqlTransaction tx) =>
        Pg.ExecuteAsync(c, tx, "UPDATE meta SET value = value + 1 WHERE key = 'revision'");

    /// <summary>Moves the counter that tells replicas a user's language choice changed (migration 007).</summary>
    public static Task BumpLanguagesAsync(NpgsqlConnection c, NpgsqlTransaction tx) =>
        Pg.ExecuteAsync(c, tx, "UPDATE meta SET value = value + 1 WHERE key = 'languages'");
}
