using Microsoft.Data.Sqlite;

namespace ChatBot.Storage;

/// <summary>One SQLite file: opens pooled connections with the pragmas every connection needs.</summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;

    public SqliteDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        Path = full;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Path { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // Per connection, not per file: under WAL, NORMAL survives a process crash (SIGKILL) and skips an fsync per
        // commit, which otherwise caps every writer (inbox, question log, outbox) at a few hundred commits a second.
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = NORMAL;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    /// <summary>
    /// A pooled connection for reads only, without the per-connection pragmas: they matter to writes, and every
    /// writer opens with <see cref="Open"/>, which sets them on whichever pooled connection it gets.
    /// </summary>
    public SqliteConnection OpenForReading()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Creates or upgrades the schema; safe to call from several processes at once.</summary>
    public void Migrate()
    {
        using var connection = Open();
        using (var wal = connection.CreateCommand())
        {
            // WAL lets readers answer questions while an admin change or the outbox writes.
            wal.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
            wal.ExecuteNonQuery();
        }
        Migrations.Apply(connection);
    }
}
