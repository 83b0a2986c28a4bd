using System.Globalization;
using System.Text.Json;
using ChatBot.Core.Facts;
using Npgsql;

namespace ChatBot.Storage.Postgres;

/// <summary>Parameterised commands (<c>@name</c>) and the column encodings, the one way every store builds SQL.</summary>
internal static class Pg
{
    /// <summary>Advisory lock keys: one for migrations, one that serialises the curation-style write transactions, one per elected role.</summary>
    public const long MigrationLock = 0x43_42_4F_54_01;

    public const long WriteLock = 0x43_42_4F_54_02;

    /// <summary>Held, as a session lock, by the one replica that dispatches alerts.</summary>
    public const long DispatcherLock = 0x43_42_4F_54_03;

    /// <summary>Held, as a session lock, by the one replica that calls getUpdates in polling mode.</summary>
    public const long PollerLock = 0x43_42_4F_54_04;

    public static NpgsqlCommand Command(NpgsqlConnection c, NpgsqlTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var positional = PositionalSql.Of(sql, parameters);
        var command = new NpgsqlCommand(positional?.Sql ?? sql, c, tx);
        AddParameters(command.Parameters, positional, parameters);
        return command;
    }

    /// <summary>One statement of an <see cref="NpgsqlBatch"/>, its parameters encoded as <see cref="Command"/> encodes them.</summary>
    public static NpgsqlBatchCommand BatchCommand(string sql, params (string Name, object? Value)[] parameters)
    {
        var positional = PositionalSql.Of(sql, parameters);
        var command = new NpgsqlBatchCommand(positional?.Sql ?? sql);
        AddParameters(command.Parameters, positional, parameters);
        return command;
    }

    private static void AddParameters(NpgsqlParameterCollection to, PositionalSql? positional, (string Name, object? Value)[] parameters)
    {
        if (positional is null)
        {
            foreach (var (name, value) in parameters)
            {
                to.AddWithValue(name, Encode(value));
            }
            return;
        }
        foreach (var name in positional.Names)
        {
            to.AddWithValue(Encode(parameters[PositionalSql.IndexOf(parameters, name)].Value));
        }
    }

    public static async Task<int> ExecuteAsync(NpgsqlConnection c, NpgsqlTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(c, tx, sql, parameters);
        return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public static async Task<object?> ScalarAsync(NpgsqlConnection c, NpgsqlTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(c, tx, sql, parameters);
        var value = await command.ExecuteScalarAsync().ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    public static async Task<List<T>> ReadAsync<T>(NpgsqlConnection c, NpgsqlTransaction? tx, string sql, Func<NpgsqlDataReader, T> map,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(c, tx, sql, parameters);
        await using var r = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var list = new List<T>();
        while (await r.ReadAsync().ConfigureAwait(false))
        {
            list.Add(map(r));
        }
        return list;
    }

    /// <summary>timestamptz takes UTC only; null becomes SQL NULL.</summary>
    private static object Encode(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset t => t.ToUniversalTime(),
        _ => value,
    };

    public static DateTimeOffset Time(NpgsqlDataReader r, int i) => r.GetFieldValue<DateTimeOffset>(i);

    public static DateTimeOffset? TimeOrNull(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);

    public static string? StringOrNull(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static long? LongOrNull(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    public static IReadOnlyList<string> ReadList(string json) => JsonSerializer.Deserialize(json, PgJson.Default.StringArray) ?? [];

    public static IReadOnlyList<FactTranslation> ReadTranslations(string json) =>
        JsonSerializer.Deserialize(json, PgJson.Default.FactTranslationArray) ?? [];

    public static string WriteTranslations(IReadOnlyList<FactTranslation> translations) =>
        JsonSerializer.Serialize(translations.ToArray(), PgJson.Default.FactTranslationArray);

    public static string WriteList(IEnumerable<string> items) => JsonSerializer.Serialize(items.ToArray(), PgJson.Default.StringArray);

    public static string Snapshot(Fact fact) => JsonSerializer.Serialize(fact, PgJson.Default.Fact);

    public static Fact ReadSnapshot(string json) => JsonSerializer.Deserialize(json, PgJson.Default.Fact)!;

    public static string Status(FactStatus status) => status == FactStatus.Active ? "active" : "retired";

    public static long Millis(DateTimeOffset t) => t.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMillis(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    /// <summary>Errors come from the network and Telegram; a bounded length keeps rows small.</summary>
    public static string Clip(string error) => error.Length <= 500 ? error : error[..500];

    public static int Int(object? value) => Convert.ToInt32(value ?? 0, CultureInfo.InvariantCulture);
}
