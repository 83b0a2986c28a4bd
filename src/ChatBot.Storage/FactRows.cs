using System.Globalization;
using System.Text.Json;
using ChatBot.Core.Facts;
using Microsoft.Data.Sqlite;

namespace ChatBot.Storage;

/// <summary>Mapping between rows and records, in one place for reads and writes.</summary>
internal static class FactRows
{
    public const string FactColumns =
        "id, question, alternates, answer, tags, as_of, status, version, notify, created_by, created_at, updated_by, updated_at, translations";

    public const int FactColumnCount = 14;

    // Runs once per fact while the index is built at start-up: optimised from the first call.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static Fact ReadFact(SqliteDataReader r, IReadOnlyList<Quote> quotes) => new(
        Id: r.GetString(0),
        Question: r.GetString(1),
        Alternates: ReadList(r.GetString(2)),
        Answer: r.GetString(3),
        Quotes: quotes,
        Tags: ReadList(r.GetString(4)),
        AsOf: DateOnly.ParseExact(r.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Status: StatusOf(r.GetString(6)),
        Version: r.GetInt32(7),
        CreatedBy: r.GetString(9),
        CreatedAt: ReadTime(r.GetString(10)),
        UpdatedBy: r.GetString(11),
        UpdatedAt: ReadTime(r.GetString(12)),
        Notify: r.GetInt64(8) != 0)
    {
        Translations = ReadTranslations(r.GetString(13)),
    };

    public static Source ReadSource(SqliteDataReader r) => new(
        Id: r.GetString(0),
        Title: r.GetString(1),
        Outlet: r.GetString(2),
        Url: r.IsDBNull(3) ? null : r.GetString(3),
        Published: r.IsDBNull(4) ? null : DateOnly.ParseExact(r.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Text: r.GetString(5));

    public static IReadOnlyList<string> ReadList(string json) =>
        JsonSerializer.Deserialize(json, StorageJson.Default.StringArray) ?? [];

    public static string WriteList(IEnumerable<string> items) =>
        JsonSerializer.Serialize(items.ToArray(), StorageJson.Default.StringArray);

    public static IReadOnlyList<FactTranslation> ReadTranslations(string json) =>
        JsonSerializer.Deserialize(json, StorageJson.Default.FactTranslationArray) ?? [];

    public static string WriteTranslations(IReadOnlyList<FactTranslation> translations) =>
        JsonSerializer.Serialize(translations.ToArray(), StorageJson.Default.FactTranslationArray);

    public static string WriteTime(DateTimeOffset t) => t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ReadTime(string s) =>
        DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string Status(FactStatus status) => status == FactStatus.Active ? "active" : "retired";

    public static FactStatus StatusOf(string stored) => stored == "active" ? FactStatus.Active : FactStatus.Retired;
}
