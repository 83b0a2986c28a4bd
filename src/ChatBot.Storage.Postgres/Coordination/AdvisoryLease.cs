using Npgsql;

namespace ChatBot.Storage.Postgres.Coordination;

/// <summary>
/// One role among replicas (alert dispatcher, poller) held through a session advisory lock (<c>pg_try_advisory_lock</c>)
/// on a connection of its own. PostgreSQL ends the session, and with it the lock, when the holder dies or its
/// connection drops, so another replica takes over without any timeout of ours. The holder re-checks its session at
/// most every <see cref="VerifyEvery"/>; a new holder reports the role held only after <c>settle</c>, so a role whose
/// overlap would matter can wait out the old holder's last unverified moments.
/// <para>
/// A replica that does not hold the role keeps one session to ask on: a new session is a server process forked and an
/// authentication (SCRAM's key derivation on both sides with a password), which every follower paid four times a second.
/// A refused <c>pg_try_advisory_lock</c> takes nothing, so the kept session holds no lock until a try succeeds.
/// </para>
/// </summary>
public sealed class AdvisoryLease(PostgresDatabase database, TimeProvider time, long key, TimeSpan settle) : IAsyncDisposable, IDisposable
{
    public static readonly TimeSpan VerifyEvery = TimeSpan.FromMilliseconds(250);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private NpgsqlConnection? _session;
    private NpgsqlConnection? _candidate;
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
            var kept = _candidate is not null;
            bool locked;
            try
            {
                locked = await TryLockAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (kept && e is NpgsqlException or InvalidOperationException)
            {
                // The kept session was dropped by the server (a restart, a terminated backend): ask on a fresh one.
                locked = await TryLockAsync(cancellationToken).ConfigureAwait(false);
            }
            if (locked)
            {
                (_session, _candidate, _verifiedAt, _readyAt) = (_candidate, null, now, now + settle);
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
                    await Pg.ExecuteAsync(_session, null, "SELECT pg_advisory_unlock(@key)", ("key", key)).ConfigureAwait(false);
                }
                catch (NpgsqlException)
                {
                    // The session is gone already, and the lock with it.
                }
                await DropAsync().ConfigureAwait(false);
            }
            await DropCandidateAsync().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_session is not null || _candidate is not null)
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
                // Unlocked explicitly, though closing the unpooled session would end the lock too.
                using var unlock = Pg.Command(_session, null, "SELECT pg_advisory_unlock(@key)", ("key", key));
                unlock.ExecuteNonQuery();
            }
            catch (NpgsqlException)
            {
                // The session is gone already, and the lock with it.
            }
            _session.Dispose();
            _session = null;
        }
        _candidate?.Dispose();
        _candidate = null;
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

    private async Task<bool> TryLockAsync(CancellationToken cancellationToken)
    {
        try
        {
            _candidate ??= await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
            return await Pg.ScalarAsync(_candidate, null, "SELECT pg_try_advisory_lock(@key)", ("key", key)).ConfigureAwait(false) is true;
        }
        catch
        {
            // A failed session may or may not have taken the lock: closing it ends that either way.
            await DropCandidateAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task DropCandidateAsync()
    {
        var candidate = _candidate;
        _candidate = null;
        if (candidate is not null)
        {
            await candidate.DisposeAsync().ConfigureAwait(false);
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
