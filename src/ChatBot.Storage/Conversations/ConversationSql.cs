using Microsoft.Data.Sqlite;

namespace ChatBot.Storage.Conversations;

internal static class ConversationSql
{
    /// <summary>A command with bound parameters; null values become SQL NULL.</summary>
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters) =>
        Sql.Command(connection, tx, sql, parameters);
}
