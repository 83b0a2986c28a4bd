using ChatBot.Core.Coordination;

namespace ChatBot.Storage.Postgres.Coordination;

/// <summary>
/// Elects the one replica that calls getUpdates (<see cref="AdvisoryLease"/>). No settling wait: two pollers for a
/// moment only cost one of them Telegram's 409, and the shared inbox stores an update once whoever fetched it.
/// </summary>
public sealed class PostgresPollerLease(PostgresDatabase database, TimeProvider time) : IPollerLease, IAsyncDisposable, IDisposable
{
    private readonly AdvisoryLease _lease = new(database, time, Pg.PollerLock, TimeSpan.Zero);

    public Task<bool> HoldAsync(CancellationToken cancellationToken = default) => _lease.HoldAsync(cancellationToken);

    public Task ReleaseAsync(CancellationToken cancellationToken = default) => _lease.ReleaseAsync(cancellationToken);

    public ValueTask DisposeAsync() => _lease.DisposeAsync();

    public void Dispose() => _lease.Dispose();
}
