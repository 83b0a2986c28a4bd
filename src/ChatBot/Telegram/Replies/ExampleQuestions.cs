using ChatBot.Core.Facts;

namespace ChatBot.Telegram.Replies;

/// <summary>Two questions the bot can answer, shown when it cannot; re-read only when the store changes.</summary>
public sealed class ExampleQuestions(IFactStore store)
{
    private volatile Snapshot? _cached;

    public async Task<IReadOnlyList<string>> GetAsync(CancellationToken cancellationToken)
    {
        var revision = await store.GetRevisionAsync(cancellationToken).ConfigureAwait(false);
        if (_cached is { } cached && cached.Revision == revision)
        {
            return cached.Questions;
        }
        var facts = await store.GetActiveFactsAsync(cancellationToken).ConfigureAwait(false);
        // The first and a middle fact: different topics, and stable so replies are predictable.
        IReadOnlyList<string> questions = facts.Count switch
        {
            0 => [],
            1 => [facts[0].Question],
            _ => [facts[0].Question, facts[facts.Count / 2].Question],
        };
        _cached = new Snapshot(revision, questions);
        return questions;
    }

    private sealed record Snapshot(long Revision, IReadOnlyList<string> Questions);
}
