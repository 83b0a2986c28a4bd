using ChatBot.Core.Facts;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Answering;

public sealed partial class MatchIndexProvider
{
    private const int LargePassageCount = 10_000;

    // Passages serve the story as it is now: the newest sources. A store of 20k sources would hold ~200k sentences
    // (about 70 MB resident) for questions about old reporting that its facts should cover anyway.
    private const int MaxPassageSources = 2_000;
    private const int MaxPassageSentences = 25_000;

    private (string Key, PassageIndex Index)? _passages;

    /// <summary>
    /// The sources as read before the facts' index is needed: the key that tells whether they changed since the last
    /// build and, when there was none to reuse, the sentences already analysed (only their index needs the facts' speller).
    /// </summary>
    private sealed record SentencesRead(string Fingerprint, Dictionary<string, IReadOnlyList<string>> Retracted, PassageIndex.Builder? Builder);

    private async Task<SentencesRead> ReadSentencesAsync(SynonymTable synonyms, string synonymKey)
    {
        // Not cancelled with the question that started the rebuild: other questions share this index.
        var key = new System.Text.StringBuilder(synonymKey).Append("\n#");
        // A retraction changes what may be quoted, not the sources: it is part of the key too.
        var retracted = (await store.GetRetractedQuotesAsync(CancellationToken.None).ConfigureAwait(false) ?? [])
            .GroupBy(q => q.SourceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(q => q.Text)], StringComparer.Ordinal);
        foreach (var (sourceId, texts) in retracted)
        {
            key.Append(sourceId).Append(" withheld");
            foreach (var text in texts)
            {
                key.Append(' ').Append(string.GetHashCode(text, StringComparison.Ordinal));
            }
            key.Append('\n');
        }
        // With no index to reuse, the sentences are analysed as the key is read: one pass over the sources, not two.
        var builder = _passages is null ? new PassageIndex.Builder(synonyms) : null;
        await foreach (var s in Newest(store.StreamSourcesAsync(CancellationToken.None)).ConfigureAwait(false))
        {
            key.Append(s.Id).Append(' ').Append(s.Text.Length).Append(' ').Append(string.GetHashCode(s.Text, StringComparison.Ordinal)).Append('\n');
            if (builder is not null && builder.Count < MaxPassageSentences)
            {
                builder.Add(s, retracted.GetValueOrDefault(s.Id));
            }
        }
        return new SentencesRead(key.ToString(), retracted, builder);
    }

    /// <summary>Most rebuilds follow a fact edit: the sentences are rebuilt only when sources or synonyms changed.</summary>
    private async Task<PassageIndex> BuildPassagesAsync(MatchIndex facts, Task<SentencesRead> reading)
    {
        var read = await reading.ConfigureAwait(false);
        var previous = _passages;
        if (previous is not null && previous.Value.Key == read.Fingerprint)
        {
            return previous.Value.Index;
        }
        var builder = read.Builder ?? await AddSentencesAsync(new PassageIndex.Builder(facts.Synonyms), read.Retracted).ConfigureAwait(false);
        var built = builder.Build(facts.Speller);
        if (read.Builder is not null && built.Count >= LargePassageCount)
        {
            // As after the first facts' build: the sources' text read once is garbage, handed back rather than kept.
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        _passages = (read.Fingerprint, built);
        return built;
    }

    private async Task<PassageIndex.Builder> AddSentencesAsync(PassageIndex.Builder builder, Dictionary<string, IReadOnlyList<string>> retracted)
    {
        await foreach (var s in Newest(store.StreamSourcesAsync(CancellationToken.None)).ConfigureAwait(false))
        {
            // Long articles fill the budget before the source count does: memory and build time follow sentences.
            if (builder.Count >= MaxPassageSentences)
            {
                break;
            }
            builder.Add(s, retracted.GetValueOrDefault(s.Id));
        }
        return builder;
    }

    /// <summary>The first <see cref="MaxPassageSources"/> of a stream that comes newest first.</summary>
    private static async IAsyncEnumerable<Source> Newest(IAsyncEnumerable<Source> sources)
    {
        var count = 0;
        await foreach (var s in sources.ConfigureAwait(false))
        {
            if (++count > MaxPassageSources)
            {
                yield break;
            }
            yield return s;
        }
    }
}
