using System.Collections.Concurrent;
using System.Threading.Channels;
using ChatBot.Core.Facts;
using ChatBot.Core.Languages;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Answering;

/// <summary>
/// Keeps the analysed snapshot of the store current: one cheap revision read per question, a rebuild only when an
/// admin changed facts or synonyms (here or in another replica).
/// </summary>
public sealed partial class MatchIndexProvider(IFactStore store) : IDisposable
{
    // Above this many facts the first build leaves hundreds of megabytes of garbage behind (every fact read and
    // tokenised once); a compacting collection hands it back to the system instead of keeping the peak resident. Only
    // the first: it pauses every thread, which the question waiting for the first index does not notice, while a
    // rebuild after an admin edit must not stall everyone else's answers.
    private const int LargeStore = 20_000;

    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private volatile MatchIndex? _current;

    // The indexes with the curated questions of one language (Q[uk]: …), beside the current one; see GetAsync(revision, language).
    private volatile TranslatedIndexes? _translated;

    private sealed record TranslatedIndexes(MatchIndex Plain, IReadOnlySet<string> Languages)
    {
        public ConcurrentDictionary<string, Lazy<Task<MatchIndex>>> Indexes { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// True for a long-running bot: the sentences are indexed in the background as soon as the facts are, so no asker
    /// waits. A one-off `ask` leaves it false and indexes them only if a question needs them.
    /// </summary>
    public bool BuildPassagesAtOnce { get; set; }

    public async ValueTask<MatchIndex> GetAsync(CancellationToken cancellationToken = default) =>
        await GetAsync(await store.GetRevisionAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The index for the store at <paramref name="revision"/>. The question that notices a change rebuilds and waits
    /// for it; questions arriving while that runs get the previous snapshot rather than queueing behind a rebuild that
    /// takes seconds on a large store (facts themselves are always read fresh, so only the choice of fact may lag).
    /// </summary>
    public async ValueTask<MatchIndex> GetAsync(long revision, CancellationToken cancellationToken = default)
    {
        var current = _current;
        // Revisions only grow, so an index at least as new as the asker's reading serves it (a database restored to
        // an older revision needs a restart).
        if (current is not null && current.Revision >= revision)
        {
            return current;
        }
        if (!_rebuild.Wait(0, cancellationToken))
        {
            if (current is not null)
            {
                return current;
            }
            await _rebuild.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        try
        {
            current = _current;
            if (current is not null && current.Revision >= revision)
            {
                return current;
            }
            var first = _current is null;
            current = await BuildAsync(revision, cancellationToken).ConfigureAwait(false);
            _current = current;
            if (first && current.FactCount >= LargeStore)
            {
                GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }
            return current;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    /// <summary>
    /// The index a question read as <paramref name="language"/> is matched against: when facts have curated questions
    /// in that language (Q[uk]: …), an index where they count as alternates, built on the first such question after a
    /// change; otherwise, and for English, the index of <see cref="GetAsync(long, CancellationToken)"/>. A language's
    /// questions are kept out of every other language's index, so adding Ukrainian questions changes no English,
    /// Russian, German or French match.
    /// </summary>
    public async ValueTask<MatchIndex> GetAsync(long revision, string language, CancellationToken cancellationToken = default)
    {
        var plain = await GetAsync(revision, cancellationToken).ConfigureAwait(false);
        var translated = _translated;
        if (translated is null || !ReferenceEquals(translated.Plain, plain) || !translated.Languages.Contains(language))
        {
            return plain;
        }
        // Not cancelled with the question that started the build: other questions share this index.
        var lazy = translated.Indexes.GetOrAdd(language,
            l => new Lazy<Task<MatchIndex>>(() => Task.Run(() => BuildTranslatedAsync(plain, l), CancellationToken.None)));
        return await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The fact as the index for <paramref name="language"/> holds it: its questions in that language count as
    /// alternates. The index glosses a Ukrainian or Russian one into English concepts as it does a Ukrainian question
    /// attached with /alias; a German or French one is glossed here, as its language is known.
    /// </summary>
    public static Fact ForMatching(Fact fact, string language)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var questions = fact.TranslationIn(language)?.Questions ?? [];
        if (questions.Count == 0)
        {
            return fact;
        }
        var glossed = language is QuestionLanguage.German or QuestionLanguage.French
            ? questions.Select(q => Glosser.Shared.GlossFor(q, language, [fact.Question, fact.Answer, .. fact.Quotes.Select(x => x.Text)]).Text)
            : questions;
        return fact with { Alternates = [.. fact.Alternates, .. glossed] };
    }

    private async Task<MatchIndex> BuildTranslatedAsync(MatchIndex plain, string language)
    {
        var synonyms = await store.GetSynonymGroupsAsync(CancellationToken.None).ConfigureAwait(false);
        var builder = new MatchIndexBuilder(new SynonymTable(synonyms));
        await foreach (var fact in store.StreamActiveFactsAsync(CancellationToken.None).ConfigureAwait(false))
        {
            builder.Add(ForMatching(fact, language));
        }
        var index = builder.Build(plain.Revision);
        // The sources' sentences are the same for every language: built once, for the plain index.
        index.SetPassages(new Lazy<Task<PassageIndex>>(plain.PassagesAsync));
        return index;
    }

    private async Task<MatchIndex> BuildAsync(long revision, CancellationToken cancellationToken)
    {
        // The related-words lexicon is only read by questions: it loads on another core while the facts stream in.
        var lexicon = RelatedWords.LoadAsync();
        var synonyms = await store.GetSynonymGroupsAsync(cancellationToken).ConfigureAwait(false);
        var synonymKey = string.Join('\n', synonyms.Select(g => string.Join(' ', g)));
        var table = new SynonymTable(synonyms);
        // A starting bot's first question that no fact answers waits for the sentences: they are read and analysed on
        // another core while the facts stream in, not after them. Rebuilds keep them lazy, as most reuse the last ones.
        var sentences = BuildPassagesAtOnce && _passages is null
            ? Task.Run(() => ReadSentencesAsync(table, synonymKey), CancellationToken.None)
            : null;
        var builder = new MatchIndexBuilder(table);
        var languages = new HashSet<string>(StringComparer.Ordinal);
        // Reading and mapping the rows costs about a third of the build: on another core it overlaps the analysis.
        var facts = Channel.CreateBounded<Fact>(new BoundedChannelOptions(512) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => ReadFactsAsync(facts.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var fact in facts.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                builder.Add(fact);
                foreach (var t in fact.Translations)
                {
                    if (t.Questions.Count > 0)
                    {
                        languages.Add(t.Language);
                    }
                }
            }
        }
        finally
        {
            // A build that failed here must not leave the reader blocked on a full channel, holding its connection.
            await stop.CancelAsync().ConfigureAwait(false);
            await reading.ConfigureAwait(false);
        }
        var index = builder.Build(revision);
        _translated = languages.Count == 0 ? null : new TranslatedIndexes(index, languages);
        var passages = new Lazy<Task<PassageIndex>>(() => Task.Run(() => BuildPassagesAsync(index, sentences ?? ReadSentencesAsync(table, synonymKey)), CancellationToken.None));
        index.SetPassages(passages);
        if (BuildPassagesAtOnce)
        {
            _ = passages.Value;
            // So the first question in another language does not wait for them either.
            _ = Task.Run(() => index.Names, CancellationToken.None);
        }
        await lexicon.ConfigureAwait(false);
        return index;
    }

    private async Task ReadFactsAsync(ChannelWriter<Fact> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var fact in store.StreamActiveFactsAsync(cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteAsync(fact, cancellationToken).ConfigureAwait(false);
            }
            writer.Complete();
        }
        catch (Exception ex)
        {
            // Handed to the reader, whose loop throws it as the inline stream did.
            writer.Complete(ex);
        }
    }

    public void Dispose() => _rebuild.Dispose();
}
