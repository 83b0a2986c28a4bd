using ChatBot.Core.Facts;

namespace ChatBot.Core.Alerts;

/// <summary>The topics one can follow: the tags of the active facts, normalised like typed topics.</summary>
public sealed class KnownTopics(IFactStore facts)
{
    public async Task<IReadOnlyList<string>> GetAsync(CancellationToken cancellationToken = default)
    {
        var all = await facts.GetActiveFactsAsync(cancellationToken).ConfigureAwait(false);
        return [.. all.SelectMany(f => f.Tags).Select(Topics.Normalize).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
