namespace ChatBot.Storage.Postgres;

/// <summary>
/// The facts' revision as this replica's readers see it. Every question asks for it, so under load one read serves the
/// questions of the next <see cref="Reuse"/> (another replica's change is still seen well within the promised second);
/// around a write through this replica every read goes to the database, so its own change is never answered stale.
/// </summary>
public sealed class RevisionWatch(PostgresDatabase database, TimeProvider time)
{
    public static readonly TimeSpan Reuse = TimeSpan.FromMilliseconds(50);

    /// <summary>How long after a local write's begin or commit reads skip the reuse (covers the gap until it commits).</summary>
    public static readonly TimeSpan AfterWrite = TimeSpan.FromSeconds(5);

    private Snapshot? _last;
    private long _writingUntil;

    public async Task<long> GetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetTimestamp();
        var fresh = now >= Volatile.Read(ref _writingUntil);
        if (fresh && Volatile.Read(ref _last) is { } last && time.GetElapsedTime(last.ReadAt, now) < Reuse)
        {
            return last.Value;
        }
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var value = await FactRows.RevisionAsync(c, null).ConfigureAwait(false);
        if (fresh && now >= Volatile.Read(ref _writingUntil))
        {
            Volatile.Write(ref _last, new Snapshot(value, now));
        }
        return value;
    }

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

    private sealed record Snapshot(long Value, long ReadAt);
}
