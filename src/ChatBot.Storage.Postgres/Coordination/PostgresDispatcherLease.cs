using ChatBot.Core.Coordination;
using Npgsql;

namespace ChatBot.Storage.Postgres.Coordination;

/// <summary>
/// Elects the one alert dispatcher among replicas with a session advisory lock (<c>pg_try_advisory_lock</c>) held on a
/// connection of its own. PostgreSQL ends the session, and with it the lock, when the holder dies or its connection
/// drops, so another replica takes over without any timeout of ours; the deliveries the dead holder had claimed stay
/// 'sending' until their lease expires and are then sent by the new holder.
/// <para>
/// Why an elected dispatcher rather than a rate budget in the database: Telegram's limits (global and per chat) are
/// then enforced by the existing in-memory pacers of a single process, exactly as with one replica, at no cost per
/// send; a shared budget would cost a write per message and still race on the per-chat interval. The price is one
/// sender at a time, which is what Telegram's per-bot limit allows anyway.
/// </para>
/// <para>
/// The holder re-checks its session at most every <see cref="VerifyEvery"/>, so after losing it (a network split) it
/// may start sends for up to that long. A new holder therefore waits <see cref="Settle"/> (that, plus one second)
/// before its first send: no one-second window ever holds sends of two holders, so the global rate holds across a
/// handover too.
/// </para>
/// </summary>
public sealed class PostgresDispatcherLease(PostgresDatabase database, TimeProvider time) : IDispatcherLease, IAsyncDisposable, IDisposable
{
    public static readonly TimeSpan VerifyEvery = TimeSpan.FromMilliseconds(250);

    public static readonly TimeSpan Settle = VerifyEvery + TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private NpgsqlConnection? _session;
    private DateTimeOffset _verifiedAt;
    private DateTimeOffset _readyAt;
    private DateTimeOffset _nextTry = DateTimeOffset.MinValue;

    public async Task<bool> HoldAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = time.GetUtcNow();
            if (_session is not null)
            {
                return await StillHeldAsync(now, cancellationToken).ConfigureAwait(false) && now >= _readyAt;
            }
            if (now < _nextTry)
            {
                return false;
            }
            _nextTry = now + VerifyEvery;
            var session = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (await Pg.ScalarAsync(session, null, "SELECT pg_try_advisory_lock(@key)", ("key", Pg.DispatcherLock)).ConfigureAwait(false) is true)
                {
                    (_session, session, _verifiedAt, _readyAt) = (session, null, now, now + Settle);
                }
            }
            finally
            {
                if (session is not null)
                {
                    await session.DisposeAsync().ConfigureAwait(false);
                }
            }
            return false;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task ReleaseAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_session is not null)
            {
                try
                {
                    await Pg.ExecuteAsync(_session, null, "SELECT pg_advisory_unlock(@key)", ("key", Pg.DispatcherLock)).ConfigureAwait(false);
                }
                catch (NpgsqlException)
                {
                    // The session is gone already, and the lock with it.
                }
                await DropAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_session is not null)
        {
            await ReleaseAsync().ConfigureAwait(false);
        }
        _gate.Dispose();
    }

    public void Dispose()
    {
        if (_session is not null)
        {
            try
            {
                // Unlocked explicitly: a pooled connection goes back to the pool with its session, lock and all.
                using var unlock = Pg.Command(_session, null, "SELECT pg_advisory_unlock(@key)", ("key", Pg.DispatcherLock));
                unlock.ExecuteNonQuery();
            }
            catch (NpgsqlException)
            {
                // The session is gone already, and the lock with it.
            }
            _session.Dispose();
            _session = null;
        }
        _gate.Dispose();
    }

    private async Task<bool> StillHeldAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now - _verifiedAt < VerifyEvery)
        {
            return true;
        }
        try
        {
            // A session lock lasts as long as the session: if the session answers, it still holds the lock.
            await Pg.ScalarAsync(_session!, null, "SELECT 1").WaitAsync(cancellationToken).ConfigureAwait(false);
            _verifiedAt = now;
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            await DropAsync().ConfigureAwait(false);
            return false;
        }
    }

    private async Task DropAsync()
    {
        var session = _session;
        _session = null;
        if (session is not null)
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }
    }
}
