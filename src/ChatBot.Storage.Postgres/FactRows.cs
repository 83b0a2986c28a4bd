using ChatBot.Core.Facts;
using Npgsql;

namespace ChatBot.Storage.Postgres;

/// <summary>Mapping between fact and source rows and records, for reads and writes alike.</summary>
internal static class FactRows
{
    public const string FactColumns =
        "f.id, f.question, f.alternates, f.answer, f.tags, f.as_of, f.status, f.version, f.notify, f.created_by, f.created_at, f.updated_by, f.updated_at, f.translations";

    public const int FactColumnCount = 14;

    public const string SourceColumns = "id, title, outlet, url, published, text";

    public static Fact ReadFact(NpgsqlDataReader r, IReadOnlyList<Quote> quotes) => new(
        Id: r.GetString(0),
        Question: r.GetString(1),
        Alternates: Pg.ReadList(r.GetString(2)),
        Answer: r.GetString(3),
        Quotes: quotes,
        Tags: Pg.ReadList(r.GetString(4)),
        AsOf: r.GetFieldValue<DateOnly>(5),
        Status: StatusOf(r.GetString(6)),
        Version: r.GetInt32(7),
        CreatedBy: r.GetString(9),
        CreatedAt: Pg.Time(r, 10),
        UpdatedBy: r.GetString(11),
        UpdatedAt: Pg.Time(r, 12),
        Notify: r.GetBoolean(8))
    {
        Translations = Pg.ReadTranslations(r.GetString(13)),
    };

    public static FactStatus StatusOf(string stored) => stored == "active" ? FactStatus.Active : FactStatus.Retired;

    public static Source ReadSource(NpgsqlDataReader r) => new(
        Id: r.GetString(0),
        Title: r.GetString(1),
        Outlet: r.GetString(2),
        Url: Pg.StringOrNull(r, 3),
        Published: r.IsDBNull(4) ? null : r.GetFieldValue<DateOnly>(4),
        Text: r.GetString(5));

    /// <summary>One fact with its quotes, or null; inside the caller's transaction when it has one.</summary>
    public static async Task<Fact?> ReadFactAsync(NpgsqlConnection c, NpgsqlTransaction? tx, string id)
    {
        await using var command = Pg.Command(c, tx, $"""
            SELECT {FactColumns}, q.source_id, q.text
            FROM facts f LEFT JOIN fact_quotes q ON q.fact_id = f.id
            WHERE f.id = @id ORDER BY q.ord
            """, ("id", id));
        await using var r = await command.ExecuteReaderAsync().ConfigureAwait(false);
        if (!await r.ReadAsync().ConfigureAwait(false))
        {
            return null;
        }
        var quotes = new List<Quote>(2);
        var fact = ReadFact(r, quotes);
        do
        {
            if (!r.IsDBNull(FactColumnCount))
            {
                quotes.Add(new Quote(r.GetString(FactColumnCount), r.GetString(FactColumnCount + 1)));
            }
        }
        while (await r.ReadAsync().ConfigureAwait(false));
        return fact;
    }

    /// <summary>Facts in creation order with their quotes; <paramref name="activeOnly"/> leaves retired ones out.</summary>
    public static async Task<List<Fact>> ReadFactsAsync(NpgsqlConnection c, NpgsqlTransaction? tx, bool activeOnly)
    {
        var filter = activeOnly ? "WHERE f.status = 'active'" : "";
        var quotes = new Dictionary<string, List<Quote>>(StringComparer.Ordinal);
        foreach (var (factId, quote) in await Pg.ReadAsync(c, tx, $"""
            SELECT q.fact_id, q.source_id, q.text FROM fact_quotes q JOIN facts f ON f.id = q.fact_id {filter} ORDER BY q.fact_id, q.ord
            """, r => (r.GetString(0), new Quote(r.GetString(1), r.GetString(2)))).ConfigureAwait(false))
        {
            if (!quotes.TryGetValue(factId, out var list))
            {
                quotes[factId] = list = [];
            }
            list.Add(quote);
        }
        return await Pg.ReadAsync(c, tx, $"SELECT {FactColumns} FROM facts f {filter} ORDER BY f.seq",
            r => ReadFact(r, quotes.GetValueOrDefault(r.GetString(0)) ?? [])).ConfigureAwait(false);
    }

    public static async Task<List<IReadOnlyList<string>>> ReadSynonymGroupsAsync(NpgsqlConnection c, NpgsqlTransaction? tx) =>
        await Pg.ReadAsync<IReadOnlyList<string>>(c, tx, "SELECT words FROM synonym_groups ORDER BY id",
            r => r.GetString(0).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ConfigureAwait(false);

    public static async Task<long> RevisionAsync(NpgsqlConnection c, NpgsqlTransaction? tx) =>
        (long)(await Pg.ScalarAsync(c, tx, "SELECT value FROM meta WHERE key = 'revision'").ConfigureAwait(false))!;
}
