using ChatBot.Storage.Postgres.Conversations;
using Npgsql;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// One PostgreSQL database shared by every replica: pooled data sources, who this replica is when it claims work, and
/// the store's revision as this replica last saw it.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly NpgsqlDataSource _records;
    private readonly NpgsqlDataSource _sessions;

    /// <param name="connectionString">Npgsql syntax; never logged (it may hold a password).</param>
    /// <param name="replicaId">This replica's name in inbox claims (a restart with the same name takes its claims back).</param>
    /// <param name="claimLease">How long an inbox claim keeps other replicas off an update.</param>
    /// <param name="time">The clock of <see cref="Revision"/>'s reuse window: real time by default, even where a test
    /// fakes the bot's clock, since a stopped clock would reuse a revision forever.</param>
    public PostgresDatabase(string connectionString, string? replicaId = null, TimeSpan? claimLease = null, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ReplicaId = string.IsNullOrWhiteSpace(replicaId) ? Environment.MachineName : replicaId;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // Named in pg_stat_activity (and so beside its advisory locks in pg_locks): which replica holds a role is visible.
        builder.ApplicationName ??= "chatbot " + ReplicaId;
        var sessions = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Pooling = false };
        _sessions = NpgsqlDataSource.Create(sessions.ConnectionString);
        // Pooled connections never carry session state (locks live on the unpooled sessions above), so they skip the
        // DISCARD ALL on return and keep their prepared statements: the hot statements are parsed and planned once.
        builder.NoResetOnClose = true;
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
        }
        _source = NpgsqlDataSource.Create(builder.ConnectionString);
        // Records whose loss in a database crash costs nothing but a log line or a flood-limit count do not wait for
        // the WAL flush; a crash still keeps a consistent prefix of them.
        var records = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Options = AppendOption(builder.Options, "-c synchronous_commit=off") };
        _records = NpgsqlDataSource.Create(records.ConnectionString);
        ClaimLease = claimLease ?? TimeSpan.FromMinutes(5);
        Revision = new RevisionWatch(this, time ?? TimeProvider.System);
        Records = new RecordGroup(this);
    }

    public string ReplicaId { get; }

    public TimeSpan ClaimLease { get; }

    /// <summary>Flood checks and question-log writes of this replica's workers, sent together (one transaction per batch).</summary>
    internal RecordGroup Records { get; }

    /// <summary>The facts' revision, read at most every few milliseconds under load, and at once after a write here.</summary>
    public RevisionWatch Revision { get; }

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        _source.OpenConnectionAsync(cancellationToken);

    /// <summary>For writes of record (question log, answer messages, flood windows) that need not wait for the disk.</summary>
    public ValueTask<NpgsqlConnection> OpenRecordAsync(CancellationToken cancellationToken = default) =>
        _records.OpenConnectionAsync(cancellationToken);

    /// <summary>An unpooled connection for session advisory locks: closing it always ends the session and its locks.</summary>
    public ValueTask<NpgsqlConnection> OpenSessionAsync(CancellationToken cancellationToken = default) =>
        _sessions.OpenConnectionAsync(cancellationToken);

    /// <summary>For the few synchronous paths (a command receipt's reply is recorded synchronously).</summary>
    public NpgsqlConnection Open() => _source.OpenConnection();

    public async ValueTask DisposeAsync()
    {
        await _source.DisposeAsync().ConfigureAwait(false);
        await _records.DisposeAsync().ConfigureAwait(false);
        await _sessions.DisposeAsync().ConfigureAwait(false);
    }

    public void Dispose()
    {
        _source.Dispose();
        _records.Dispose();
        _sessions.Dispose();
    }

    private static string AppendOption(string? options, string option) =>
        string.IsNullOrWhiteSpace(options) ? option : options + " " + option;
}
