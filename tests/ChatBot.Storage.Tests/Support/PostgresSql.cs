using Npgsql;

namespace ChatBot.Storage.Tests.Support;

/// <summary>Plain SQL against a test's PostgreSQL database, for arranging races and checking rows.</summary>
public static class PostgresSql
{
    public static async Task ExecuteAsync(this PostgresStoreSet store, string sql)
    {
        await using var connection = await store.Database.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<long> CountAsync(this PostgresStoreSet store, string sql)
    {
        await using var connection = await store.Database.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Rows locked by another session (<paramref name="select"/> ends in FOR UPDATE) until the transaction ends.</summary>
    public static async Task<NpgsqlTransaction> LockAsync(NpgsqlConnection connection, string select)
    {
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(select, connection, transaction);
        await command.ExecuteNonQueryAsync();
        return transaction;
    }
}
