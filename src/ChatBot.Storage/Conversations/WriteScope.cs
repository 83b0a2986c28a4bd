using Microsoft.Data.Sqlite;

namespace ChatBot.Storage.Conversations;

/// <summary>
/// The open transaction of one group commit. A statement used by several writes of the group is prepared once and
/// re-bound for each of them.
/// </summary>
public sealed class WriteScope : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    internal WriteScope(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>The command for <paramref name="sql"/> with these values bound (null becomes SQL NULL); owned by the scope.</summary>
    public SqliteCommand Command(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (_commands.TryGetValue(sql, out var command) && command.Parameters.Count == parameters.Length)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                var parameter = command.Parameters[i];
                if (parameter.ParameterName != parameters[i].Name)
                {
                    throw new ArgumentException($"Parameter {i} of a statement must keep its name ({parameter.ParameterName}).", nameof(parameters));
                }
                parameter.Value = parameters[i].Value ?? DBNull.Value;
            }
            return command;
        }
        command?.Dispose();
        command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        _commands[sql] = command;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
    }
}
