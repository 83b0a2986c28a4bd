using Microsoft.Data.Sqlite;

namespace ChatBot.Storage;

/// <summary>
/// Reads the store's revision with one prepared statement on a connection kept open for it. Every question asks,
/// and opening a pooled connection, setting its pragmas and preparing a command each time cost more than the query.
/// </summary>
internal sealed class RevisionReader(SqliteDatabase database) : IDisposable
{
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _command;

    public long Read()
    {
        lock (_gate)
        {
            try
            {
                if (_command is null)
                {
                    _connection = database.Open();
                    _command = _connection.CreateCommand();
                    _command.CommandText = "SELECT value FROM meta WHERE key = 'revision'";
                    _command.Prepare();
                }
                using var reader = _command.ExecuteReader();
                return reader.Read() ? reader.GetInt64(0) : 0;
            }
            catch
            {
                // A broken connection must not stay cached: the next question opens a fresh one.
                Close();
                throw;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            Close();
        }
    }

    private void Close()
    {
        _command?.Dispose();
        _connection?.Dispose();
        (_command, _connection) = (null, null);
    }
}
