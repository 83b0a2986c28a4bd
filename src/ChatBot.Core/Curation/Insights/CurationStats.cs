using ChatBot.Core.Alerts;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation.Insights;

/// <summary>/stats: how much is asked, how much of it the store answers, what is asked most, who listens.</summary>
public sealed class CurationStats(
    IQuestionInsights insights,
    ICurationRepository repository,
    IFactStore store,
    UnansweredReport unanswered,
    ISubscriptionStore? subscriptions = null)
{
    public async Task<StatsReport> GetAsync(int topFacts = 5, CancellationToken cancellationToken = default)
    {
        var totals = await insights.GetTotalsAsync(topFacts, cancellationToken).ConfigureAwait(false);
        var facts = await repository.GetAllFactsAsync(cancellationToken).ConfigureAwait(false);
        var sources = await store.GetSourcesAsync(cancellationToken).ConfigureAwait(false);
        var open = await unanswered.CountAsync(cancellationToken).ConfigureAwait(false);
        var subscribers = subscriptions is null ? 0 : await subscriptions.CountActiveAsync(cancellationToken).ConfigureAwait(false);
        var questions = facts.ToDictionary(f => f.Id, f => f.Question, StringComparer.Ordinal);
        var top = totals.TopFacts.Select(t => (t, questions.GetValueOrDefault(t.FactId) ?? t.FactId)).ToList();
        var percent = totals.Asked == 0 ? 0 : Math.Round(100.0 * totals.Answered / totals.Asked, 1);
        return new StatsReport(totals.Asked, totals.Answered, percent, totals.Unanswered, open, top, subscribers,
            facts.Count(f => f.Status == FactStatus.Active), facts.Count(f => f.Status == FactStatus.Retired), sources.Count);
    }
}
