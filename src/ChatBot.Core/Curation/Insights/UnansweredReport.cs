using ChatBot.Core.Answering;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation.Insights;

/// <summary>
/// /unanswered: the questions people ask that the store does not cover well, most frequent first, each with the fact it
/// probably belongs to and the language it was read in; attaching one (as an English alternate, or as a question of the
/// fact's translation into its language) or dismissing it takes it off the report.
/// </summary>
public sealed class UnansweredReport(
    IQuestionInsights insights,
    ICurationRepository repository,
    QuestionAnswerer answerer,
    FactLifecycle lifecycle,
    FactCuration curation)
{
    /// <summary>Answers given below this confidence are reported too: right often enough to show, not to trust.</summary>
    public const double LowConfidence = 0.7;

    private const int ScanLimit = 5000;

    /// <summary>At most this many report candidates are re-asked to the matcher per report.</summary>
    private const int MaxChecked = 200;

    public async Task<IReadOnlyList<UnansweredItem>> GetAsync(int limit, CancellationToken cancellationToken = default)
    {
        var (open, facts) = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<UnansweredItem>();
        foreach (var q in open.Take(MaxChecked))
        {
            if (items.Count >= limit)
            {
                break;
            }
            // Read in the language it was logged in, which the asker's Telegram language may have decided.
            var language = LanguageOf(q);
            var outcome = await answerer.AnswerAsync(q.Text, null, language, cancellationToken).ConfigureAwait(false);
            if (outcome.Answered && outcome.Confidence >= LowConfidence)
            {
                // Covered since it was asked (a new fact, alternate question or synonym): nothing left to review.
                continue;
            }
            var (suggestion, closest) = Suggest(q, outcome, facts);
            items.Add(new UnansweredItem(QuestionKey.Hash(q.Key), q.Key, q.Text, q.Count, q.LastAsked, suggestion?.Id, suggestion?.Question,
                outcome.Answered ? null : outcome.Passage, language)
            { Closest = closest });
        }
        return items;
    }

    /// <summary>
    /// Distinct questions /unanswered would list: not attached or dismissed, and still without a confident answer. The
    /// matcher is asked again, as for the report, so /stats never counts a question the report no longer shows.
    /// </summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        (await GetAsync(MaxChecked, cancellationToken).ConfigureAwait(false)).Count;

    private async Task<(IReadOnlyList<AskedQuestion> Open, IReadOnlyList<Fact> Facts)> OpenAsync(CancellationToken cancellationToken)
    {
        var weak = await insights.GetWeakQuestionsAsync(LowConfidence, ScanLimit, cancellationToken).ConfigureAwait(false);
        var resolved = await repository.GetResolvedQuestionKeysAsync(cancellationToken).ConfigureAwait(false);
        var facts = await repository.GetAllFactsAsync(cancellationToken).ConfigureAwait(false);
        var covered = facts.Where(f => f.Status == FactStatus.Active)
            .SelectMany(f => f.AllQuestions.Concat(f.TranslatedQuestions)).Select(QuestionKey.Of).ToHashSet(StringComparer.Ordinal);
        var open = weak.Where(q => !resolved.Contains(q.Key) && !covered.Contains(q.Key))
            .OrderByDescending(q => q.Count).ThenByDescending(q => q.LastAsked).ToList();
        return (open, facts);
    }

    /// <summary>
    /// Adds the reported question to <paramref name="factId"/> and takes it off the report: an English one as an alternate,
    /// one read as Ukrainian, Russian, German or French as a question of the fact's translation into that language.
    /// </summary>
    public async Task<CurationResult<AttachedQuestion>> AttachAsync(string handle, string factId, Actor actor,
        CancellationToken cancellationToken = default)
    {
        var item = await FindAsync(handle, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return CurationResult.Fail<AttachedQuestion>(FieldNames.Question, new FieldProblem.NoLongerInReport());
        }
        var language = FactTranslation.IsLanguage(item.Language) ? item.Language : null;
        var result = await lifecycle.AttachAsync(factId, item.Text, language, actor,
            new QuestionResolution(item.Key, QuestionResolution.Alias, factId), cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? CurationResult.Ok(new AttachedQuestion(result.Value!, language)) : CurationResult.Fail<AttachedQuestion>(result.Errors);
    }

    /// <summary>
    /// Makes a fact of the source sentence the bot quoted for the reported question: the question as asked, the sentence
    /// as both answer and quote. It is added without an alert, since no curator has yet written its answer; once a fact
    /// holds the question, the question leaves the report.
    /// </summary>
    public async Task<CurationResult<Fact>> MakeFactAsync(string handle, Actor actor, CancellationToken cancellationToken = default)
    {
        var item = await FindAsync(handle, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return CurationResult.Fail<Fact>(FieldNames.Question, new FieldProblem.NoLongerInReport());
        }
        var outcome = await answerer.AnswerAsync(item.Text, cancellationToken).ConfigureAwait(false);
        if (outcome.Answered || outcome.Passage is not { } passage)
        {
            return CurationResult.Fail<Fact>(FieldNames.Question, new FieldProblem.NoSourceSentence());
        }
        var body = $"Q: {item.Text}\nA: {passage.Text}\nQuote: {passage.Text}\nSource: {passage.Citation.SourceId}\nNotify: no";
        return await curation.AddAsync(body, actor, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CurationResult<UnansweredItem>> DismissAsync(string handle, Actor actor, CancellationToken cancellationToken = default)
    {
        var item = await FindAsync(handle, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return CurationResult.Fail<UnansweredItem>(FieldNames.Question, new FieldProblem.NoLongerInReport());
        }
        await repository.ResolveQuestionAsync(new QuestionResolution(item.Key, QuestionResolution.Dismissed, null), actor, cancellationToken)
            .ConfigureAwait(false);
        return CurationResult.Ok(item);
    }

    private async Task<UnansweredItem?> FindAsync(string handle, CancellationToken cancellationToken)
    {
        var (open, _) = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var q = open.FirstOrDefault(w => QuestionKey.Hash(w.Key) == handle);
        return q is null ? null : new UnansweredItem(handle, q.Key, q.Text, q.Count, q.LastAsked, null, null, null, LanguageOf(q));
    }

    // A question logged before the log kept languages is read again from its own letters and words.
    private string LanguageOf(AskedQuestion question) => question.Language ?? answerer.DetectLanguage(question.Text, null);

    /// <summary>At most this many facts are shown as closest when none answers the question.</summary>
    private const int MaxClosest = 3;

    private static (Fact? Suggestion, IReadOnlyList<ClosestFact> Closest) Suggest(AskedQuestion question, AnswerOutcome outcome, IReadOnlyList<Fact> facts)
    {
        Fact? Active(string? id) => id is null ? null : facts.FirstOrDefault(f => f.Id == id && f.Status == FactStatus.Active);
        // Only the fact the matcher answers with passed its checks (a "how old" question needs an answer that gives an
        // age); attaching it confirms what askers already get. An asker who picked another fact disagrees with it.
        if (outcome.Answered && Active(outcome.Fact?.Id) is { } answered && (question.ChosenFactId ?? answered.Id) == answered.Id)
        {
            return (answered, []);
        }
        // What askers picked and what the matcher guessed are leads for the curator, not answers.
        var closest = new[] { question.ChosenFactId, outcome.Fact?.Id }
            .Concat(outcome.Alternatives.Select(a => a.FactId))
            .Append(question.AnsweredFactId)
            .Distinct(StringComparer.Ordinal)
            .Select(Active).OfType<Fact>().Take(MaxClosest)
            .Select(f => new ClosestFact(f.Id, f.Question)).ToList();
        return (null, closest);
    }
}
