using ChatBot.Core.Coordination;

namespace ChatBot.Storage.Postgres.Coordination;

/// <summary>
/// Elects the one alert dispatcher among replicas (<see cref="AdvisoryLease"/>); the deliveries a dead holder had
/// claimed stay 'sending' until their lease expires and are then sent by the new holder.
/// <para>
/// Why an elected dispatcher rather than a rate budget in the database: Telegram's limits (global and per chat) are
/// then enforced by the existing in-memory pacers of a single process, exactly as with one replica, at no cost per
/// send; a shared budget would cost a write per message and still race on the per-chat interval. The price is one
/// sender at a time, which is what Telegram's per-bot limit allows anyway.
/// </para>
/// <para>
/// After losing its session (a network split) the holder may start sends until it next verifies it. A new holder
/// therefore waits <see cref="Settle"/> (that, plus one second) before its first send: no one-second window ever holds
/// sends of two holders, so the global rate holds across a handover too.
/// </para>
/// </summary>
public sealed class PostgresDispatcherLease(PostgresDatabase database, TimeProvider time) : IDispatcherLease, IAsyncDisposable, IDisposable
{
    public static readonly TimeSpan Settle = AdvisoryLease.VerifyEvery + TimeSpan.FromSeconds(1);

    private readonly AdvisoryLease _lease = new(database, time, Pg.DispatcherLock, Settle);

    public Task<bool> HoldAsync(CancellationToken cancellationToken = default) => _lease.HoldAsync(cancellationToken);

    public Task ReleaseAsync(CancellationToken cancellationToken = default) => _lease.ReleaseAsync(cancellationToken);

    public ValueTask DisposeAsync() => _lease.DisposeAsync();

    public void Dispose() => _lease.Dispose();
}
