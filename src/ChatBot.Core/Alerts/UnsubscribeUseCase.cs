namespace ChatBot.Core.Alerts;

/// <summary>/unsubscribe [topics]: stop everything, or drop some topics.</summary>
public sealed class UnsubscribeUseCase(ISubscriptionStore store)
{
    public Task<string> ExecuteAsync(long chatId, string? args, CancellationToken cancellationToken = default) =>
        ExecuteAsync(chatId, args, EnglishSubscriptionTexts.Instance, cancellationToken);

    public async Task<string> ExecuteAsync(long chatId, string? args, ISubscriptionTexts texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var tags = Topics.Parse(args);
        var before = await store.GetAsync(chatId, cancellationToken).ConfigureAwait(false);
        if (before is null || !before.HasAny)
        {
            return texts.NoSubscriptions;
        }
        if (tags.Count > 0 && before.AllTopics)
        {
            return texts.UnsubscribeAllFirst;
        }
        var change = await store.UnsubscribeAsync(chatId, tags, cancellationToken).ConfigureAwait(false);
        if (tags.Count == 0 || change.Now is not { HasAny: true })
        {
            return texts.UnsubscribedAll;
        }
        var notFollowed = tags.Except(change.Removed, StringComparer.Ordinal).ToList();
        var parts = new List<string>();
        if (change.Removed.Count > 0)
        {
            parts.Add(texts.UnsubscribedFrom(change.Removed));
        }
        if (notFollowed.Count > 0)
        {
            parts.Add(texts.DidNotFollow(notFollowed));
        }
        parts.Add(texts.StillFollow(change.Now.Tags));
        return string.Join(' ', parts);
    }
}
