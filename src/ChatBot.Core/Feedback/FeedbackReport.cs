using ChatBot.Core.Answering;
using ChatBot.Core.Curation;
using ChatBot.Core.Curation.Insights;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Feedback;

/// <summary>/feedback: down-voted answers, most down-votes first, minus questions curators already attached elsewhere.</summary>
public sealed class FeedbackReport(IAnswerVotes votes, ICurationRepository repository, QuestionAnswerer answerer, FactLifecycle lifecycle)
{
    private const int Scan = 200;

    public async Task<IReadOnlyList<FeedbackItem>> GetAsync(int limit, CancellationToken cancellationToken = default)
    {
        var questions = await votes.GetDownVotedQuestionsAsync(Scan, cancellationToken).ConfigureAwait(false);
        var resolved = await repository.GetResolvedQuestionKeysAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<FeedbackItem>();
        foreach (var q in questions)
        {
            if (items.Count >= limit)
            {
                break;
            }
            if (resolved.Contains(QuestionKey.Of(q.Text)))
            {
                continue;
            }
            var fact = await repository.GetFactAsync(q.FactId, cancellationToken).ConfigureAwait(false);
            // Only "it didn't answer my question" says the question went to the wrong fact; "wrong" or "outdated" (or no
            // reason) asks for the fact itself to be fixed, and a one-tap move elsewhere would mislead the next askers.
            var (other, closest) = q.Reasons.Contains(DownVoteReason.Unanswered)
                ? await OtherFactAsync(q, cancellationToken).ConfigureAwait(false)
                : (null, []);
            items.Add(new FeedbackItem(q, fact?.Question ?? q.FactId, other?.Id, other?.Question) { Closest = closest });
        }
        return items;
    }

    /// <summary>
    /// Adds the down-voted question to <paramref name="factId"/> in one transaction with its resolution, which takes it
    /// off the report: in the language it was read in (<paramref name="language"/>, or detected again when the log did
    /// not keep it), as /unanswered attaches, so an English one becomes an alternate and any other a Q[xx] question.
    /// </summary>
    public async Task<CurationResult<AttachedQuestion>> AttachAsync(string question, string? language, string factId, Actor actor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        // A button on an older report: the question may have been attached or dismissed since (here or in /unanswered).
        var resolved = await repository.GetResolvedQuestionKeysAsync(cancellationToken).ConfigureAwait(false);
        if (resolved.Contains(QuestionKey.Of(question)))
        {
            return CurationResult.Fail<AttachedQuestion>(FieldNames.Question, new FieldProblem.NoLongerInReport());
        }
        var read = language ?? answerer.DetectLanguage(question, null);
        var translated = FactTranslation.IsLanguage(read) ? read : null;
        var result = await lifecycle.AttachAsync(factId, question, translated, actor,
            new QuestionResolution(QuestionKey.Of(question), QuestionResolution.Alias, factId), cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? CurationResult.Ok(new AttachedQuestion(result.Value!, translated)) : CurationResult.Fail<AttachedQuestion>(result.Errors);
    }

    private const int MaxClosest = 3;

    private async Task<(Fact? Other, IReadOnlyList<ClosestFact> Closest)> OtherFactAsync(VotedQuestion q, CancellationToken cancellationToken)
    {
        var outcome = await answerer.AnswerAsync(q.Text, cancellationToken).ConfigureAwait(false);
        // Only a fact the matcher answers with passed its checks; a runner-up to the down-voted fact ("who travels with
        // him" for "who leads the delegation?") is a lead for the curator, never a one-tap move.
        if (outcome.Answered && outcome.Fact is { } answered && answered.Id != q.FactId)
        {
            return (answered, []);
        }
        var closest = new List<ClosestFact>();
        foreach (var id in outcome.Alternatives.Select(a => a.FactId).Where(id => id != q.FactId).Distinct(StringComparer.Ordinal).Take(MaxClosest))
        {
            if ((await answerer.ForFactAsync(id, cancellationToken).ConfigureAwait(false))?.Fact is { } fact)
            {
                closest.Add(new ClosestFact(fact.Id, fact.Question));
            }
        }
        return (null, closest);
    }
}
