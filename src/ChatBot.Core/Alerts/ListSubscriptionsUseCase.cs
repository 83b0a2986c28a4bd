namespace ChatBot.Core.Alerts;

/// <summary>/subscriptions: what this chat follows, and whether alerts are paused.</summary>
public sealed class ListSubscriptionsUseCase(ISubscriptionStore store, KnownTopics topics)
{
    public Task<string> ExecuteAsync(long chatId, CancellationToken cancellationToken = default) =>
        ExecuteAsync(chatId, EnglishSubscriptionTexts.Instance, cancellationToken);

    public async Task<string> ExecuteAsync(long chatId, ISubscriptionTexts texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var subscriber = await store.GetAsync(chatId, cancellationToken).ConfigureAwait(false);
        if (subscriber is null || !subscriber.HasAny)
        {
            return texts.NoSubscriptionsHint(await topics.GetAsync(cancellationToken).ConfigureAwait(false));
        }
        var what = subscriber.AllTopics ? texts.GetsAll : texts.Follows(subscriber.Tags);
        return subscriber.Active ? what : what + texts.Paused;
    }
}
