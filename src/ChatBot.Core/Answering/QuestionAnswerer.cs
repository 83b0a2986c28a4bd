using ChatBot.Core.Facts;
using ChatBot.Core.Languages;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Answering;

/// <summary>The one use case every transport shares: question in, cited answer (or an honest "don't know") out.</summary>
public sealed class QuestionAnswerer(IFactStore store, MatchIndexProvider indexes, Matcher matcher, Glosser? glosser = null)
{
    private readonly Glosser _glosser = glosser ?? Glosser.Shared;

    private readonly RevisionCache _cache = new();

    // Below this, no fact is near the question's topic and its sources are not searched either: on the quality sets no
    // useful sentence was found for such a question, and the search costs a second analysis.
    private const double PassageFloor = 0.3;

    /// <summary>Longer input is not a question a person typed; it is judged on its start only.</summary>
    public const int MaxQuestionLength = 1000;

    public Task<AnswerOutcome> AnswerAsync(string question, CancellationToken cancellationToken = default) =>
        AnswerAsync(question, null, null, cancellationToken);

    /// <summary>The language <see cref="AnswerAsync(string, string?, string?, CancellationToken)"/> reads the question in.</summary>
    public string DetectLanguage(string question, string? languageCode) => _glosser.Detect(question, languageCode);

    /// <param name="question">As asked, in English, Ukrainian, Russian, German or French.</param>
    /// <param name="excluded">A fact the question cannot mean: the one a follow-up ("and who is with him?") follows.</param>
    /// <param name="languageCode">The asker's Telegram language, when the question's own words leave it open.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<AnswerOutcome> AnswerAsync(string question, string? excluded, string? languageCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question;
        var revision = await store.GetRevisionAsync(cancellationToken).ConfigureAwait(false);
        var language = _glosser.Detect(text, languageCode);
        // The index with the curated questions in the question's language, if facts have any.
        var index = await indexes.GetAsync(revision, language, cancellationToken).ConfigureAwait(false);
        if (language == QuestionLanguage.English)
        {
            return await AnswerGlossedAsync(question, text, excluded, index, revision, cancellationToken).ConfigureAwait(false);
        }
        // A word the lexicon lacks is kept if the store knows it (a name): the index says which words it knows.
        var glossed = _glosser.GlossAs(text, language, word => index.Speller.IsKnown(word) || index.Speller.Correct(word) is not null, index.Names);
        var outcome = await AnswerGlossedAsync(question, glossed.Text, excluded, index, revision, cancellationToken).ConfigureAwait(false);
        return outcome with { Language = language };
    }

    private async Task<AnswerOutcome> AnswerGlossedAsync(string question, string text, string? excluded, MatchIndex index, long revision,
        CancellationToken cancellationToken)
    {
        var match = matcher.Match(text, index, excluded);
        var alternatives = await SuggestionsAsync(match.Alternatives, revision, cancellationToken).ConfigureAwait(false);
        if (!match.Answered || match.Best is null)
        {
            var passage = match.Alternatives.Count == 0 || match.Alternatives[0].Confidence < PassageFloor
                ? null
                : await PassageAsync(text, index, revision, cancellationToken).ConfigureAwait(false);
            return AnswerOutcome.Unanswered(question, alternatives, passage);
        }
        var fact = await FactAsync(match.Best.FactId, revision, cancellationToken).ConfigureAwait(false);
        if (fact is null || fact.Status != FactStatus.Active)
        {
            return AnswerOutcome.Unanswered(question, alternatives);
        }
        var citations = await CitationsAsync(fact, revision, cancellationToken).ConfigureAwait(false);
        return new AnswerOutcome(question, true, fact, citations, match.Best.Confidence, alternatives);
    }

    /// <summary>The answer for a fact chosen directly (a "did you mean" button, a deep link, /fact).</summary>
    public async Task<AnswerOutcome?> ForFactAsync(string factId, CancellationToken cancellationToken = default)
    {
        var revision = await store.GetRevisionAsync(cancellationToken).ConfigureAwait(false);
        var fact = await FactAsync(factId, revision, cancellationToken).ConfigureAwait(false);
        if (fact is null || fact.Status != FactStatus.Active)
        {
            return null;
        }
        var citations = await CitationsAsync(fact, revision, cancellationToken).ConfigureAwait(false);
        return new AnswerOutcome(fact.Question, true, fact, citations, 1, []);
    }

    /// <summary>Only asked once no fact answers, so a source sentence never stands in for a curated fact.</summary>
    private async ValueTask<PassageAnswer?> PassageAsync(string text, MatchIndex index, long revision, CancellationToken cancellationToken)
    {
        var passages = await index.PassagesAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        if (matcher.MatchPassage(text, passages) is not { } found)
        {
            return null;
        }
        var quote = new Quote(passages.SourceIdAt(found.Position), passages.TextAt(found.Position));
        return new PassageAnswer(await CitationAsync(quote, revision, cancellationToken).ConfigureAwait(false), found.Confidence);
    }

    private async Task<IReadOnlyList<Citation>> CitationsAsync(Fact fact, long revision, CancellationToken cancellationToken)
    {
        var citations = new Citation[fact.Quotes.Count];
        for (var i = 0; i < citations.Length; i++)
        {
            citations[i] = await CitationAsync(fact.Quotes[i], revision, cancellationToken).ConfigureAwait(false);
        }
        return citations;
    }

    private async ValueTask<Citation> CitationAsync(Quote quote, long revision, CancellationToken cancellationToken)
    {
        if (!_cache.TryGetSource(revision, quote.SourceId, out var source))
        {
            source = await store.GetSourceAsync(quote.SourceId, cancellationToken).ConfigureAwait(false);
            // Citing needs the source's details, not its full text.
            source = source is null ? null : source with { Text = "" };
            _cache.AddSource(revision, quote.SourceId, source);
        }
        return source is null
            ? new Citation(quote.Text, quote.SourceId, quote.SourceId, quote.SourceId, null, null)
            : new Citation(quote.Text, source.Id, source.Title, source.Outlet, source.Url, source.Published);
    }

    private async ValueTask<Fact?> FactAsync(string id, long revision, CancellationToken cancellationToken)
    {
        if (_cache.TryGetFact(revision, id, out var fact))
        {
            return fact;
        }
        fact = await store.GetFactAsync(id, cancellationToken).ConfigureAwait(false);
        _cache.AddFact(revision, id, fact);
        return fact;
    }

    private async ValueTask<IReadOnlyList<Suggestion>> SuggestionsAsync(
        IReadOnlyList<MatchCandidate> candidates, long revision, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0)
        {
            return [];
        }
        var list = new List<Suggestion>(candidates.Count);
        foreach (var c in candidates)
        {
            if (!_cache.TryGetHeadline(revision, c.FactId, out var headline))
            {
                // The question alone: a whole fact (answer, quotes, translations) per suggestion was most of what a
                // question allocated on a large store.
                headline = await store.GetHeadlineAsync(c.FactId, cancellationToken).ConfigureAwait(false);
                _cache.AddHeadline(revision, c.FactId, headline);
            }
            if (headline is { Status: FactStatus.Active })
            {
                list.Add(new Suggestion(headline.Id, headline.Question, c.Confidence));
            }
        }
        return list;
    }
}
