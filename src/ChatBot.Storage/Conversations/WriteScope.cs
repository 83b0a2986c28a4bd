using Microsoft.Data.Sqlite;

namespace ChatBot.Storage.Conversations;

/// <summary>
/// The writer's connection and the statements it has prepared, kept from one group commit to the next, so a statement
/// is parsed once per connection rather than once per write. Only the caller that is committing uses it.
/// </summary>
public sealed class WriteScope : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    internal WriteScope(SqliteConnection connection) => _connection = connection;

    /// <summary>The command for <paramref name="sql"/> in the current transaction with these values bound (null becomes SQL NULL).</summary>
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
        }
        else
        {
            command?.Dispose();
            command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
            _commands[sql] = command;
        }
        command.Transaction = _transaction;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
        _connection.Dispose();
    }

    /// <summary>Starts the transaction of the next group (BEGIN IMMEDIATE: the write lock is taken up front).</summary>
    internal SqliteTransaction Begin() => _transaction = _connection.BeginTransaction(deferred: false);
}
