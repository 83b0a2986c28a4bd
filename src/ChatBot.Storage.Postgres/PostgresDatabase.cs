using Npgsql;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// One PostgreSQL database shared by every replica: a pooled data source, and who this replica is when it claims work.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _source;

    /// <param name="connectionString">Npgsql syntax; never logged (it may hold a password).</param>
    /// <param name="replicaId">This replica's name in inbox claims (a restart with the same name takes its claims back).</param>
    /// <param name="claimLease">How long an inbox claim keeps other replicas off an update.</param>
    public PostgresDatabase(string connectionString, string? replicaId = null, TimeSpan? claimLease = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ReplicaId = string.IsNullOrWhiteSpace(replicaId) ? Environment.MachineName : replicaId;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // Named in pg_stat_activity (and so beside its advisory locks in pg_locks): which replica holds a role is visible.
        builder.ApplicationName ??= "chatbot " + ReplicaId;
        _source = NpgsqlDataSource.Create(builder.ConnectionString);
        ClaimLease = claimLease ?? TimeSpan.FromMinutes(5);
    }

    public string ReplicaId { get; }

    public TimeSpan ClaimLease { get; }

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        _source.OpenConnectionAsync(cancellationToken);

    /// <summary>For the few synchronous paths (a command receipt's reply is recorded synchronously).</summary>
    public NpgsqlConnection Open() => _source.OpenConnection();

    public ValueTask DisposeAsync() => _source.DisposeAsync();

    public void Dispose() => _source.Dispose();
}
