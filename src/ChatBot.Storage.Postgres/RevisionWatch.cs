namespace ChatBot.Storage.Postgres;

/// <summary>
/// The store's change counters (the facts' revision, the users' language choices) as this replica's readers see them.
/// Every question asks for them, so under load one read serves the questions of the next <see cref="Reuse"/> (another
/// replica's change is still seen well within the promised second); around a write through this replica every read
/// goes to the database, so its own change is never answered stale.
/// </summary>
public sealed class RevisionWatch(PostgresDatabase database, TimeProvider time)
{
    public static readonly TimeSpan Reuse = TimeSpan.FromMilliseconds(50);

    /// <summary>How long after a local write's begin or commit reads skip the reuse (covers the gap until it commits).</summary>
    public static readonly TimeSpan AfterWrite = TimeSpan.FromSeconds(5);

    private Snapshot? _last;
    private Task<Snapshot>? _reading;
    private long _writingUntil;

    public async Task<long> GetAsync(CancellationToken cancellationToken) => (await ReadAsync(cancellationToken).ConfigureAwait(false)).Facts;

    /// <summary>Moves whenever any user's language choice changes.</summary>
    public async Task<long> GetLanguagesAsync(CancellationToken cancellationToken) =>
        (await ReadAsync(cancellationToken).ConfigureAwait(false)).Languages;

    /// <summary>A write through this replica begins or has committed: its change must be read, not reused.</summary>
    public void Writing()
    {
        var until = time.GetTimestamp() + (long)(AfterWrite.TotalSeconds * time.TimestampFrequency);
        long seen;
        do
        {
            seen = Volatile.Read(ref _writingUntil);
        }
        while (seen < until && Interlocked.CompareExchange(ref _writingUntil, until, seen) != seen);
        Volatile.Write(ref _last, null);
    }

    private async Task<Snapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetTimestamp();
        var fresh = now >= Volatile.Read(ref _writingUntil);
        if (fresh && Volatile.Read(ref _last) is { } last && time.GetElapsedTime(last.ReadAt, now) < Reuse)
        {
            return last;
        }
        if (!fresh)
        {
            return await ReadNowAsync(now, fresh, cancellationToken).ConfigureAwait(false);
        }
        // The workers that find the last read stale at once share one read (under load a dozen did, each a round trip):
        // a read begun before this caller came is no staler than a reused one.
        var reading = Volatile.Read(ref _reading);
        if (reading is null || reading.IsCompleted)
        {
            var mine = new TaskCompletionSource<Snapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
            reading = Interlocked.CompareExchange(ref _reading, mine.Task, reading) == reading ? null : Volatile.Read(ref _reading);
            if (reading is null)
            {
                try
                {
                    var read = await ReadNowAsync(now, fresh, CancellationToken.None).ConfigureAwait(false);
                    mine.SetResult(read);
                    return read;
                }
                catch (Exception ex)
                {
                    mine.SetException(ex);
                    throw;
                }
            }
        }
        return await reading!.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Snapshot> ReadNowAsync(long now, bool fresh, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var values = await Pg.ReadAsync(c, null, "SELECT key, value FROM meta WHERE key IN ('revision', 'languages')",
            r => (Key: r.GetString(0), Value: r.GetInt64(1))).ConfigureAwait(false);
        var read = new Snapshot(
            values.FirstOrDefault(v => v.Key == "revision").Value,
            values.FirstOrDefault(v => v.Key == "languages").Value,
            now);
        if (fresh && now >= Volatile.Read(ref _writingUntil))
        {
            Volatile.Write(ref _last, read);
        }
        return read;
    }

    private sealed record Snapshot(long Facts, long Languages, long ReadAt);
}
