using Microsoft.Data.Sqlite;

namespace ChatBot.Storage.Conversations;

internal static class ConversationSql
{
    /// <summary>A command with bound parameters; null values become SQL NULL.</summary>
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }
}
