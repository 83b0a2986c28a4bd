using ChatBot.Core.Citations;
using ChatBot.Core.Curation.Parsing;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation;

/// <summary>Checks that need the store: every quote verbatim in the source it cites, no question owned by two facts.</summary>
public sealed class FactRules(ICurationRepository repository)
{
    /// <param name="defaultSourceRef">Cited by quotes that name no source (an edit keeping the fact's source).</param>
    public async Task<IReadOnlyList<Quote>> ResolveQuotesAsync(IReadOnlyList<QuoteDraft> drafts, string? defaultSourceRef,
        List<FieldError> errors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(errors);
        var sources = new Dictionary<string, Source?>(StringComparer.Ordinal);
        var quotes = new List<Quote>();
        foreach (var draft in drafts)
        {
            var reference = draft.SourceRef ?? defaultSourceRef;
            if (reference is null)
            {
                errors.Add(new FieldError("Source", new FieldProblem.SourceMissing()));
                return quotes;
            }
            if (!sources.TryGetValue(reference, out var source))
            {
                source = await repository.FindSourceAsync(reference, cancellationToken).ConfigureAwait(false);
                sources[reference] = source;
                if (source is null)
                {
                    errors.Add(new FieldError("Source", new FieldProblem.UnknownSource(FieldReader.Shorten(reference))));
                }
            }
            if (source is null)
            {
                continue;
            }
            var check = CitationVerifier.Check(draft.Text, source.Text);
            if (!check.IsVerbatim)
            {
                errors.Add(new FieldError("Quote", new FieldProblem.NotVerbatim(FieldReader.Shorten(draft.Text, 300), source.Id,
                    check.ClosestPassage is { } closest ? FieldReader.Shorten(closest, 400) : null)));
                continue;
            }
            quotes.Add(new Quote(source.Id, draft.Text));
        }
        return quotes;
    }

    /// <summary>Errors for questions another active fact already answers (so the matcher would have two owners).</summary>
    public static void CheckQuestions(IEnumerable<string> questions, string? ownId, IEnumerable<Fact> facts, List<FieldError> errors) =>
        CheckQuestions(questions.Select(q => ("Q", q)), ownId, facts, errors);

    /// <summary>As above, each question with the line it was written on ("Q", "Q[uk]"), which its error names.</summary>
    public static void CheckQuestions(IEnumerable<(string Field, string Question)> questions, string? ownId, IEnumerable<Fact> facts, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fact in facts.Where(f => f.Status == FactStatus.Active && f.Id != ownId))
        {
            foreach (var q in fact.AllQuestions.Concat(fact.TranslatedQuestions))
            {
                owners.TryAdd(QuestionKey.Of(q), fact.Id);
            }
        }
        foreach (var (field, q) in questions)
        {
            if (owners.TryGetValue(QuestionKey.Of(q), out var owner))
            {
                errors.Add(new FieldError(field, new FieldProblem.QuestionTaken(FieldReader.Shorten(q), owner)));
            }
        }
    }
}
