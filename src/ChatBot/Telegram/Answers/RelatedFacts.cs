using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ChatBot.Core.Facts;

namespace ChatBot.Telegram.Answers;

/// <summary>
/// Up to two facts that share names or tags with an answer's fact, from an index of the active facts rebuilt when
/// the store's revision changes. Results are cached per fact, so a busy answer costs a dictionary lookup.
/// </summary>
public sealed class RelatedFacts(IFactStore store) : IDisposable
{
    public const int Max = 2;

    // A name or tag shared by this many facts says nothing about how two of them relate; it is skipped.
    private const int CommonKey = 500;
    private const int CachedFacts = 4096;

    private readonly SemaphoreSlim _build = new(1, 1);
    private readonly ConditionalWeakTable<Fact, IReadOnlyList<RelatedFact>> _byInstance = [];
    private volatile Snapshot? _current;

    public async ValueTask<IReadOnlyList<RelatedFact>> ForAsync(Fact fact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fact);
        // One Fact instance belongs to one store revision (the answerer's cache): its related facts cannot change.
        if (_byInstance.TryGetValue(fact, out var known))
        {
            return known;
        }
        var related = await FindAsync(fact, cancellationToken).ConfigureAwait(false);
        _byInstance.AddOrUpdate(fact, related);
        return related;
    }

    private async ValueTask<IReadOnlyList<RelatedFact>> FindAsync(Fact fact, CancellationToken cancellationToken)
    {
        var revision = await store.GetRevisionAsync(cancellationToken).ConfigureAwait(false);
        var snapshot = await SnapshotAsync(revision, cancellationToken).ConfigureAwait(false);
        return snapshot.Related.TryGetValue(fact.Id, out var cached) ? cached : snapshot.Find(fact);
    }

    private async ValueTask<Snapshot> SnapshotAsync(long revision, CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && current.Revision >= revision)
        {
            return current;
        }
        // Like the match index: while one question rebuilds, the others use the previous snapshot.
        if (!_build.Wait(0, cancellationToken))
        {
            if (current is not null)
            {
                return current;
            }
            await _build.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        try
        {
            current = _current;
            if (current is null || current.Revision < revision)
            {
                current = await BuildAsync(revision, cancellationToken).ConfigureAwait(false);
                _current = current;
            }
            return current;
        }
        finally
        {
            _build.Release();
        }
    }

    private async Task<Snapshot> BuildAsync(long revision, CancellationToken cancellationToken)
    {
        var snapshot = new Snapshot(revision);
        await foreach (var fact in store.StreamActiveFactsAsync(cancellationToken).ConfigureAwait(false))
        {
            snapshot.Add(fact);
        }
        return snapshot;
    }

    public void Dispose() => _build.Dispose();

    private sealed class Snapshot(long revision)
    {
        private readonly List<RelatedFact> _facts = [];
        private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);

        public long Revision { get; } = revision;

        public ConcurrentDictionary<string, IReadOnlyList<RelatedFact>> Related { get; } = new(StringComparer.Ordinal);

        public void Add(Fact fact)
        {
            var ordinal = _facts.Count;
            _facts.Add(new RelatedFact(fact.Id, fact));
            foreach (var key in FactNames.Keys(fact))
            {
                if (!_postings.TryGetValue(key, out var list))
                {
                    _postings[key] = list = [];
                }
                if (list.Count <= CommonKey)
                {
                    list.Add(ordinal);
                }
            }
        }

        public IReadOnlyList<RelatedFact> Find(Fact fact)
        {
            var scores = new Dictionary<int, double>();
            foreach (var key in FactNames.Keys(fact))
            {
                if (_postings.TryGetValue(key, out var list) && list.Count is > 1 and <= CommonKey)
                {
                    // A rarer shared name says more: two facts naming Shmyhal are closer than two naming Ukraine.
                    foreach (var other in list)
                    {
                        scores[other] = scores.GetValueOrDefault(other) + 1.0 / list.Count;
                    }
                }
            }
            IReadOnlyList<RelatedFact> related = [.. scores.Where(s => _facts[s.Key].FactId != fact.Id)
                .OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(Max).Select(s => _facts[s.Key])];
            if (Related.Count >= CachedFacts)
            {
                Related.Clear();
            }
            Related[fact.Id] = related;
            return related;
        }
    }
}
