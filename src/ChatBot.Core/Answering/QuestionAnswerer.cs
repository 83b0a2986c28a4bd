using ChatBot.Core.Facts;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Answering;

/// <summary>The one use case every transport shares: question in, cited answer (or an honest "don't know") out.</summary>
public sealed class QuestionAnswerer(IFactStore store, MatchIndexProvider indexes, Matcher matcher)
{
    // Source details (not their full text) change only with the store's revision; citing them needs no query.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Source?> _sources = new(StringComparer.Ordinal);
    private long _sourcesRevision = -1;

    /// <summary>Longer input is not a question a person typed; it is judged on its start only.</summary>
    public const int MaxQuestionLength = 1000;

    public async Task<AnswerOutcome> AnswerAsync(string question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question;
        var index = await indexes.GetAsync(cancellationToken).ConfigureAwait(false);
        if (Interlocked.Exchange(ref _sourcesRevision, index.Revision) != index.Revision)
        {
            _sources.Clear();
        }
        var match = matcher.Match(text, index);
        var alternatives = await SuggestionsAsync(match.Alternatives, cancellationToken).ConfigureAwait(false);
        if (!match.Answered || match.Best is null)
        {
            return AnswerOutcome.Unanswered(question, alternatives);
        }
        var fact = await store.GetFactAsync(match.Best.FactId, cancellationToken).ConfigureAwait(false);
        if (fact is null || fact.Status != FactStatus.Active)
        {
            return AnswerOutcome.Unanswered(question, alternatives);
        }
        var citations = await CitationsAsync(fact, cancellationToken).ConfigureAwait(false);
        return new AnswerOutcome(question, true, fact, citations, match.Best.Confidence, alternatives);
    }

    /// <summary>The answer for a fact chosen directly (a "did you mean" button, a deep link, /fact).</summary>
    public async Task<AnswerOutcome?> ForFactAsync(string factId, CancellationToken cancellationToken = default)
    {
        var fact = await store.GetFactAsync(factId, cancellationToken).ConfigureAwait(false);
        if (fact is null || fact.Status != FactStatus.Active)
        {
            return null;
        }
        var citations = await CitationsAsync(fact, cancellationToken).ConfigureAwait(false);
        return new AnswerOutcome(fact.Question, true, fact, citations, 1, []);
    }

    public async Task<IReadOnlyList<Citation>> CitationsAsync(Fact fact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var citations = new List<Citation>(fact.Quotes.Count);
        foreach (var quote in fact.Quotes)
        {
            if (!_sources.TryGetValue(quote.SourceId, out var source))
            {
                source = await store.GetSourceAsync(quote.SourceId, cancellationToken).ConfigureAwait(false);
                _sources[quote.SourceId] = source is null ? null : source with { Text = "" };
            }
            citations.Add(source is null
                ? new Citation(quote.Text, quote.SourceId, quote.SourceId, quote.SourceId, null, null)
                : new Citation(quote.Text, source.Id, source.Title, source.Outlet, source.Url, source.Published));
        }
        return citations;
    }

    private async Task<IReadOnlyList<Suggestion>> SuggestionsAsync(
        IReadOnlyList<MatchCandidate> candidates, CancellationToken cancellationToken)
    {
        var list = new List<Suggestion>(candidates.Count);
        foreach (var c in candidates)
        {
            var fact = await store.GetFactAsync(c.FactId, cancellationToken).ConfigureAwait(false);
            if (fact is { Status: FactStatus.Active })
            {
                list.Add(new Suggestion(fact.Id, fact.Question, c.Confidence));
            }
        }
        return list;
    }
}
