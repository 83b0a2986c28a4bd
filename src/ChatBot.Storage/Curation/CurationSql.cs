using ChatBot.Core.Facts;
using Microsoft.Data.Sqlite;

namespace ChatBot.Storage.Curation;

/// <summary>Reads shared by the curation repository's queries and its transactions.</summary>
internal static class CurationSql
{
    public const string SourceColumns = "id, title, outlet, url, published, text";

    public static SqliteCommand Command(SqliteConnection c, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters) =>
        Sql.Command(c, tx, sql, parameters);

    public static object? Scalar(SqliteConnection c, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters) =>
        Sql.Scalar(c, tx, sql, parameters);

    public static List<Fact> AllFacts(SqliteConnection c, SqliteTransaction? tx)
    {
        var quotes = new Dictionary<string, List<Quote>>(StringComparer.Ordinal);
        using (var q = Command(c, tx, "SELECT fact_id, source_id, text FROM fact_quotes ORDER BY fact_id, ord"))
        using (var r = q.ExecuteReader())
        {
            while (r.Read())
            {
                if (!quotes.TryGetValue(r.GetString(0), out var list))
                {
                    quotes[r.GetString(0)] = list = [];
                }
                list.Add(new Quote(r.GetString(1), r.GetString(2)));
            }
        }
        var facts = new List<Fact>();
        using var command = Command(c, tx, $"SELECT {FactRows.FactColumns} FROM facts ORDER BY seq");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            facts.Add(FactRows.ReadFact(reader, quotes.GetValueOrDefault(reader.GetString(0)) ?? []));
        }
        return facts;
    }

    public static List<Source> AllSources(SqliteConnection c, SqliteTransaction? tx)
    {
        using var command = Command(c, tx, $"SELECT {SourceColumns} FROM sources ORDER BY created_at, id");
        using var reader = command.ExecuteReader();
        var sources = new List<Source>();
        while (reader.Read())
        {
            sources.Add(FactRows.ReadSource(reader));
        }
        return sources;
    }

    public static List<IReadOnlyList<string>> SynonymGroups(SqliteConnection c, SqliteTransaction? tx)
    {
        using var command = Command(c, tx, "SELECT words FROM synonym_groups ORDER BY id");
        using var reader = command.ExecuteReader();
        var groups = new List<IReadOnlyList<string>>();
        while (reader.Read())
        {
            groups.Add(reader.GetString(0).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        return groups;
    }

    /// <summary>The stored version of a fact, or null when there is no such fact.</summary>
    public static int? Version(SqliteConnection c, SqliteTransaction tx, string id) =>
        Scalar(c, tx, "SELECT version FROM facts WHERE id = $id", ("$id", id)) is long v ? (int)v : null;

    public static bool Exists(SqliteConnection c, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters) =>
        Scalar(c, tx, sql, parameters) is long n && n != 0;
}
