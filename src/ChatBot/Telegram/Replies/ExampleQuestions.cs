using ChatBot.Core.Facts;
using ChatBot.Telegram.Answers;

namespace ChatBot.Telegram.Replies;

/// <summary>Two questions the bot can answer, shown when it cannot; re-read only when the store changes.</summary>
public sealed class ExampleQuestions(IFactStore store)
{
    private volatile Snapshot? _cached;

    /// <summary>The examples as a reader of <paramref name="language"/> would ask them: the curated question in it, else the English.</summary>
    public async Task<IReadOnlyList<string>> GetAsync(string language, CancellationToken cancellationToken)
    {
        var revision = await store.GetRevisionAsync(cancellationToken).ConfigureAwait(false);
        if (_cached is not { } cached || cached.Revision != revision)
        {
            var facts = await store.GetActiveFactsAsync(cancellationToken).ConfigureAwait(false);
            // The first and a middle fact: different topics, and stable so replies are predictable.
            IReadOnlyList<Fact> chosen = facts.Count switch
            {
                0 => [],
                1 => [facts[0]],
                _ => [facts[0], facts[facts.Count / 2]],
            };
            _cached = cached = new Snapshot(revision, chosen);
        }
        return [.. cached.Facts.Select(f => FactWording.Question(f, language))];
    }

    private sealed record Snapshot(long Revision, IReadOnlyList<Fact> Facts);
}
