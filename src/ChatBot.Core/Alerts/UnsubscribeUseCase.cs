namespace ChatBot.Core.Alerts;

/// <summary>/unsubscribe [topics]: stop everything, or drop some topics.</summary>
public sealed class UnsubscribeUseCase(ISubscriptionStore store)
{
    public async Task<string> ExecuteAsync(long chatId, string? args, CancellationToken cancellationToken = default)
    {
        var tags = Topics.Parse(args);
        var before = await store.GetAsync(chatId, cancellationToken).ConfigureAwait(false);
        if (before is null || !before.HasAny)
        {
            return "You have no subscriptions.";
        }
        if (tags.Count > 0 && before.AllTopics)
        {
            return "You get all updates. Send /unsubscribe to stop them all, then /subscribe <topics> to follow only some.";
        }
        var change = await store.UnsubscribeAsync(chatId, tags, cancellationToken).ConfigureAwait(false);
        if (tags.Count == 0 || change.Now is not { HasAny: true })
        {
            return "Unsubscribed: no more alerts. /subscribe starts them again.";
        }
        var notFollowed = tags.Except(change.Removed, StringComparer.Ordinal).ToList();
        var parts = new List<string>();
        if (change.Removed.Count > 0)
        {
            parts.Add($"Unsubscribed from: {string.Join(", ", change.Removed)}.");
        }
        if (notFollowed.Count > 0)
        {
            parts.Add($"You did not follow: {string.Join(", ", notFollowed)}.");
        }
        parts.Add($"You still follow: {string.Join(", ", change.Now.Tags)}.");
        return string.Join(' ', parts);
    }
}
