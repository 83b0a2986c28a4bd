using ChatBot.Core.Facts;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Answering;

/// <summary>
/// Keeps the analysed snapshot of the store current: one cheap revision read per question, a rebuild only when an
/// admin changed facts or synonyms (here or in another replica).
/// </summary>
public sealed class MatchIndexProvider(IFactStore store) : IDisposable
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private volatile MatchIndex? _current;

    public async ValueTask<MatchIndex> GetAsync(CancellationToken cancellationToken = default)
    {
        var revision = await store.GetRevisionAsync(cancellationToken).ConfigureAwait(false);
        var current = _current;
        if (current is not null && current.Revision == revision)
        {
            return current;
        }
        await _rebuild.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            current = _current;
            if (current is not null && current.Revision == revision)
            {
                return current;
            }
            var facts = await store.GetActiveFactsAsync(cancellationToken).ConfigureAwait(false);
            var synonyms = await store.GetSynonymGroupsAsync(cancellationToken).ConfigureAwait(false);
            current = MatchIndex.Build(facts, new SynonymTable(synonyms), revision);
            _current = current;
            return current;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    public void Dispose() => _rebuild.Dispose();
}
