using System.Collections.Concurrent;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Answering;

/// <summary>
/// Facts and source details as read at one store revision. A news spike asks about the same few facts over and
/// over; each is read once per revision, and any change to the store (here or in another replica) starts afresh.
/// </summary>
internal sealed class RevisionCache
{
    // Bounded so a store of 100k facts asked about broadly cannot grow the cache without limit.
    private const int MaxFacts = 2048;

    private Snapshot _snapshot = new(-1);

    public bool TryGetFact(long revision, string id, out Fact? fact)
    {
        fact = null;
        return At(revision).Facts.TryGetValue(id, out fact);
    }

    public void AddFact(long revision, string id, Fact? fact)
    {
        var snapshot = At(revision);
        if (snapshot.Facts.Count >= MaxFacts)
        {
            snapshot.Facts.Clear();
        }
        snapshot.Facts[id] = fact;
    }

    public bool TryGetHeadline(long revision, string id, out FactHeadline? headline)
    {
        var snapshot = At(revision);
        if (snapshot.Facts.TryGetValue(id, out var fact))
        {
            headline = fact is null ? null : new FactHeadline(fact.Id, fact.Question, fact.Status);
            return true;
        }
        return snapshot.Headlines.TryGetValue(id, out headline);
    }

    public void AddHeadline(long revision, string id, FactHeadline? headline)
    {
        var snapshot = At(revision);
        if (snapshot.Headlines.Count >= MaxFacts)
        {
            snapshot.Headlines.Clear();
        }
        snapshot.Headlines[id] = headline;
    }

    public bool TryGetSource(long revision, string id, out Source? source)
    {
        source = null;
        return At(revision).Sources.TryGetValue(id, out source);
    }

    public void AddSource(long revision, string id, Source? source) => At(revision).Sources[id] = source;

    private Snapshot At(long revision)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot.Revision == revision)
        {
            return snapshot;
        }
        if (revision < snapshot.Revision)
        {
            // A reader that saw an older revision must not evict the newer cache; it just reads without one.
            return new Snapshot(revision);
        }
        var fresh = new Snapshot(revision);
        var seen = Interlocked.CompareExchange(ref _snapshot, fresh, snapshot);
        return seen == snapshot ? fresh : seen.Revision == revision ? seen : new Snapshot(revision);
    }

    private sealed class Snapshot(long revision)
    {
        public long Revision { get; } = revision;

        public ConcurrentDictionary<string, Fact?> Facts { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, Source?> Sources { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, FactHeadline?> Headlines { get; } = new(StringComparer.Ordinal);
    }
}
