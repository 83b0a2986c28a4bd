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

    internal WriteScope(SqliteConnection connection) => _connection = connection;

    internal SqliteConnection Connection => _connection;

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

    /// <summary>
    /// Starts the next group's transaction, taking the write lock up front. Plain SQL rather than
    /// <see cref="SqliteConnection.BeginTransaction()"/>, so the statement is prepared once, not for every group.
    /// </summary>
    internal void Begin() => Command("BEGIN IMMEDIATE").ExecuteNonQuery();

    internal void Commit() => Command("COMMIT").ExecuteNonQuery();

    /// <summary>
    /// Undoes a failed group. Returns false when that failed too: the connection may still be inside the transaction,
    /// so it must not go back to the pool.
    /// </summary>
    internal bool TryRollBack()
    {
        try
        {
            Command("ROLLBACK").ExecuteNonQuery();
            return true;
        }
        catch (SqliteException)
        {
            // "cannot rollback - no transaction is active": BEGIN itself failed, nothing to undo.
            return _connection.State == System.Data.ConnectionState.Open && IsAutocommit();
        }
    }

    private bool IsAutocommit() => SQLitePCL.raw.sqlite3_get_autocommit(_connection.Handle) != 0;
}
